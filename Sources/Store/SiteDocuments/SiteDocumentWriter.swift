import AQI

/// Where `report annual` keeps the files it publishes in the site, for the site's writer to carry
/// in every publication after: the SQLite store or the PostgreSQL one.
public protocol SiteDocumentWriter {
    /// Appends each file's next revision unless its content is the latest one's, all in one
    /// transaction; returns what it appended, in the order given.
    @discardableResult
    func storeSiteDocuments(_ files: [(path: String, content: [UInt8])], at: Instant) throws -> [SiteDocument]
}

extension Store: SiteDocumentWriter {}
