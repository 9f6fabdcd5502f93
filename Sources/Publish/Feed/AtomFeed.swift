import AQI

/// The disclosure feed: `feed.xml` and, past `pageSize` items, RFC 5005 archive pages
/// `feed-archive-N.xml` (disclosure.md, "The feed"; peers §1.10).
public enum AtomFeed {
    /// Items per document; the subscription feed holds the newest 1…100.
    public static let pageSize = 100
    /// The namespace of the 政府信息公开目录 elements (`gk:indexNumber` …). An opaque name under
    /// the reserved `.invalid` domain: it identifies, it is never fetched.
    public static let catalogueNamespace = "https://airbulletin.invalid/ns/gk/1"

    /// What the feed says about itself.
    public struct Info: Sendable {
        public var id: String
        public var title: String
        public var author: String
        /// The site root, absolute, ending in "/".
        public var baseURL: String
        /// The feed's `updated` when it holds nothing.
        public var generatedAt: Instant

        public init(id: String, title: String, author: String, baseURL: String, generatedAt: Instant) {
            self.id = id
            self.title = title
            self.author = author
            self.baseURL = baseURL
            self.generatedAt = generatedAt
        }
    }

    /// The feed documents for `entries` (any order). Items are paged by first publication, so
    /// archive pages keep their items; an archived item changed since the current page began is
    /// repeated in `feed.xml` so subscribers see the correction.
    public static func render(_ entries: [FeedEntry], info: Info) -> [RenderedFile] {
        let ordered = entries.sorted { ($0.published, $0.id) < ($1.published, $1.id) }
        let archiveCount = ordered.count > pageSize ? (ordered.count - 1) / pageSize : 0
        let archived = Array(ordered.prefix(archiveCount * pageSize))
        var current = Array(ordered.dropFirst(archiveCount * pageSize))
        if let boundary = current.first?.published {
            current += archived.filter { $0.lastChange >= boundary }
        }
        let url = { (path: String) in info.baseURL + path }
        var files = [
            RenderedFile(
                path: SitePaths.feed,
                text: document(
                    current, info: info, isArchive: false, selfPath: SitePaths.feed, current: nil,
                    prev: archiveCount > 0 ? url(SitePaths.feedArchive(archiveCount)) : nil, next: nil))
        ]
        for page in stride(from: 1, through: archiveCount, by: 1) {
            let items = Array(archived[(page - 1) * pageSize..<page * pageSize])
            files.append(
                RenderedFile(
                    path: SitePaths.feedArchive(page),
                    text: document(
                        items, info: info, isArchive: true, selfPath: SitePaths.feedArchive(page),
                        current: url(SitePaths.feed), prev: page > 1 ? url(SitePaths.feedArchive(page - 1)) : nil,
                        next: page < archiveCount ? url(SitePaths.feedArchive(page + 1)) : nil)))
        }
        return files
    }

    static func document(
        _ items: [FeedEntry], info: Info, isArchive: Bool, selfPath: String, current: String?, prev: String?,
        next: String?
    ) -> String {
        let newestFirst = items.sorted { ($0.lastChange, $0.id) > ($1.lastChange, $1.id) }
        let view = FeedDocument(
            isArchive: isArchive, feedId: info.id, feedTitle: info.title,
            feedUpdated: (items.map(\.lastChange).max() ?? info.generatedAt).rfc3339,
            authorName: info.author, selfHref: info.baseURL + selfPath, siteHref: info.baseURL + SitePaths.index,
            currentHref: current, prevArchiveHref: prev, nextArchiveHref: next,
            entries: newestFirst.filter { $0.tombstone == nil }.map { entryView($0, baseURL: info.baseURL) },
            tombstones: newestFirst.compactMap { e in
                e.tombstone.map {
                    FeedDocument.DeletedEntry(
                        tombstoneRef: e.id, tombstoneWhen: $0.when.rfc3339, tombstoneBy: $0.by,
                        tombstoneComment: $0.comment, tombstoneIndexNumber: e.catalogue.indexNumber)
                }
            })
        return PageTemplates.render("feed", view)
    }

    static func entryView(_ e: FeedEntry, baseURL: String) -> FeedDocument.Entry {
        let c = e.catalogue
        return FeedDocument.Entry(
            entryId: e.id, entryTitle: e.title, entryHref: AtomFeed.absolute(e.link, baseURL: baseURL),
            entryPublished: e.published.rfc3339,
            entryUpdated: e.updated.rfc3339, categoryTerm: e.categoryTerm,
            categoryLabel: e.categoryLabel, entrySummary: e.summary, entryContent: e.contentHTML,
            indexNumber: c.indexNumber, publisher: c.publisher, subject: c.subject,
            generatedOn: c.generatedOn.description,
            documentNumber: c.documentNumber, disclosureMode: c.disclosureMode, validity: c.validity)
    }

    /// A link as the feed writes it: absolute URLs as they are, site paths under `baseURL`.
    static func absolute(_ link: String, baseURL: String) -> String {
        link.hasPrefix("https://") || link.hasPrefix("http://") ? link : baseURL + link
    }
}

extension FeedEntry {
    /// The latest moment the item changed: its update or its withdrawal.
    var lastChange: Instant { max(updated, tombstone?.when ?? updated) }
}
