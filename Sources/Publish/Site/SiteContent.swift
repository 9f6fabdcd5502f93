import AQI

/// Everything one area's site shows: the bulletins (every revision), the feed entries and pages
/// other modules contribute, and what absolute links need. `renderSite` turns it into files.
public struct SiteContent: Sendable {
    public var identity: SiteIdentity
    /// Every published revision of every day (the store's documents, in any order).
    public var bulletins: [BulletinDocument]
    /// When the site is generated, Unix seconds (the feed's `updated` when it has no entry).
    public var generatedAt: Instant
    /// The absolute URL of the site root, ending in "/", e.g. `https://example.gov.cn/air/`.
    public var baseURL: String
    /// The RFC 4151 tagging entity of entry ids, e.g. `ynws.gov.cn,2025`: a domain the bureau
    /// held on that date. Never change it once the feed is published: ids derive from it.
    public var idAuthority: String
    /// Feed entries contributed by other modules (notices, withdrawals).
    public var extraEntries: [FeedEntry]
    /// Pages contributed by other modules (e.g. `notices/<索引号>.html`).
    public var extraPages: [RenderedFile]

    public init(
        identity: SiteIdentity, bulletins: [BulletinDocument], generatedAt: Instant, baseURL: String,
        idAuthority: String, extraEntries: [FeedEntry] = [], extraPages: [RenderedFile] = []
    ) {
        self.identity = identity
        self.bulletins = bulletins
        self.generatedAt = generatedAt
        self.baseURL = baseURL
        self.idAuthority = idAuthority
        self.extraEntries = extraEntries
        self.extraPages = extraPages
    }
}

/// Why a site cannot be rendered: the content contradicts itself.
public struct SiteError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
