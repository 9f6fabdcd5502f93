import AQI
import Disclosure
import Foundation
import Identity
import Publish
import Store

/// The site's single writer: renders the site of every area it shows from the store's
/// documents (never recomputed from readings), adds the documents the store keeps for the site
/// (the annual reports), swaps it in atomically, then marks the revisions as on the site. One
/// area is published at the site's root; several each in `<area code>/` under a directory page.
/// Whatever a command selected, every area of the site is rendered, so that no command drops
/// another area's or another kind of document's pages.
public struct SitePublication {
    let store: any PublicationStore
    let configuration: Configuration
    let clock: any Clock
    /// Feed entries and pages other parts contribute for an area (the disclosure notices).
    let contributions: (AreaContext) throws -> (entries: [FeedEntry], pages: [RenderedFile])
    /// Runs after the staged site is durable and before it is swapped in. The seam exists for the
    /// in-process tests, which inject a failure here to leave what a crash between the database
    /// commit and the swap leaves (RunPolicyTests); nothing in the program sets it.
    public var beforeSwap: @Sendable () throws -> Void = {}

    struct Outcome {
        let summary: SiteWriter.Summary
        let revisionsMarked: Int
    }

    func publish(areas: [AreaContext]) throws -> Outcome {
        let pending = try store.unpublishedRevisions(areas: areas.map(\.code))
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
                generatedAt: clock.now(), baseURL: configuration.baseURL.appending(folder: prefix),
                idAuthority: configuration.effectiveIDAuthority, extraEntries: entries, extraPages: pages)
            files += try renderSite(content).map { RenderedFile(path: prefix + $0.path, bytes: $0.bytes) }
            directory.append(AreaDirectoryInput(identity: content.identity, documents: documents))
        }
        if multiple {
            files.append(try renderAreaDirectory(issuer: Self.siteIssuer(areas, configuration), areas: directory))
        }
        // The documents published beside the bulletins (reports/YYYY-annual.html, .md).
        let rendered = Set(files.map(\.path))
        for document in try store.currentSiteDocuments() {
            guard !rendered.contains(document.path) else {
                throw UsageError("the stored site document \(document.path) would replace a page the site renders")
            }
            files.append(RenderedFile(path: document.path, bytes: document.content))
        }
        let hook = beforeSwap
        let writer = SiteWriter(beforeSwap: { _ in try hook() })
        let summary = try writer.write(files: files, to: configuration.site)
        try store.markSitePublished(pending, at: clock.now())
        return Outcome(summary: summary, revisionsMarked: pending.count)
    }

    /// The body a site of several areas is published by: theirs when they share one, else the
    /// issuer of `[site] issuer_area`, else the first area's.
    static func siteIssuer(_ areas: [AreaContext], _ configuration: Configuration) -> Issuer {
        let issuers = areas.map(\.issuer)
        if let first = issuers.first, issuers.allSatisfy({ $0 == first }) { return first }
        if let code = configuration.siteIssuerArea, let area = areas.first(where: { $0.code == code }) {
            return area.issuer
        }
        return issuers[0]
    }
}

/// Re-renders the site after a change that is not a run (a notice published or withdrawn, an
/// annual report).
public enum SiteRefresh {
    /// Renders every area of the site from the store (bulletins, notices, reports), swaps it in,
    /// and returns a one-line summary.
    public static func run(
        configuration: Configuration, siteAreas: [AreaContext], store: any PublicationStore, calendar: WorkingCalendar,
        clock: any Clock
    ) throws -> String {
        let outcome = try SitePublication.standard(
            store: store, configuration: configuration, calendar: calendar, clock: clock
        ).publish(areas: siteAreas)
        return
            "site \(configuration.site) updated (\(outcome.summary.written) written, \(outcome.summary.unchanged) unchanged)"
    }
}
