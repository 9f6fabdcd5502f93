import AQI
import Foundation
import Publish
import Store

/// Renders the site of the published areas from the store's documents (never recomputed from
/// readings) and swaps it in atomically; then marks the revisions as on the site. One area is
/// published at the site's root; several each in `<area code>/` under a directory page.
struct SitePublication {
    let store: Store
    let configuration: Configuration
    let clock: any Clock
    /// Feed entries and pages other parts contribute for an area (the disclosure notices).
    let contributions: (AreaContext) throws -> (entries: [FeedEntry], pages: [RenderedFile])

    struct Outcome {
        let summary: SiteWriter.Summary
        let revisionsMarked: Int
    }

    func publish(areas: [AreaContext]) throws -> Outcome {
        let pending = try store.unpublishedRevisions()
        var files: [RenderedFile] = []
        var directory: [AreaDirectoryInput] = []
        let multiple = areas.count > 1
        for area in areas {
            let documents = try store.allBulletinRevisions(area: area.code).map { revision in
                do {
                    return try BulletinDocument.decode(json: revision.document)
                } catch {
                    throw UsageError(
                        "the stored bulletin \(area.code) \(revision.date) revision \(revision.revision) cannot be read: \(error)"
                    )
                }
            }
            let (entries, pages) = try contributions(area)
            let prefix = multiple ? SitePaths.areaPrefix(area.code) : ""
            let content = SiteContent(
                identity: SiteIdentity(area: area.bulletinArea, issuer: area.issuer), bulletins: documents,
                generatedAt: clock.now(), baseURL: configuration.baseURL + prefix,
                idAuthority: configuration.effectiveIDAuthority, extraEntries: entries, extraPages: pages)
            files += try renderSite(content).map { RenderedFile(path: prefix + $0.path, bytes: $0.bytes) }
            directory.append(AreaDirectoryInput(identity: content.identity, documents: documents))
        }
        if multiple, let first = areas.first {
            files.append(try renderAreaDirectory(issuer: first.issuer, areas: directory))
        }
        let writer = SiteWriter(beforeSwap: { _ in TestHooks.crashIfRequested(at: "before-site-swap") })
        let summary = try writer.write(files: files, to: configuration.site)
        try store.markSitePublished(pending, at: clock.now())
        return Outcome(summary: summary, revisionsMarked: pending.count)
    }
}

/// Re-renders the site after a change that is not a run (a notice published or withdrawn).
public enum SiteRefresh {
    /// Renders the areas' sites from the store, bulletins and notices, swaps them in, and returns
    /// a one-line summary.
    public static func run(configuration: Configuration, areas: [AreaContext], store: Store, clock: any Clock) throws
        -> String
    {
        let outcome = try SitePublication.standard(store: store, configuration: configuration, clock: clock).publish(
            areas: areas)
        return
            "site \(configuration.site) updated (\(outcome.summary.written) written, \(outcome.summary.unchanged) unchanged)"
    }
}
