import AQI
import Store

extension PostgresStore: SiteDocumentWriter {
    /// As `Store.storeSiteDocuments`: one transaction under the site documents' advisory lock, so
    /// that two reports stored at once append one revision after the other.
    @discardableResult
    public func storeSiteDocuments(_ files: [(path: String, content: [UInt8])], at: Instant) throws -> [SiteDocument] {
        try connection.transaction {
            try connection.lock(.siteDocuments)
            return try Store.storeSiteDocuments(
                files, at: at,
                latest: { path in
                    try connection.execute(
                        """
                        SELECT path, revision, content, created_at FROM site_document WHERE path = $1
                        ORDER BY revision DESC LIMIT 1
                        """, [path]
                    ).databaseRows.first.map(SiteDocument.init(row:))
                }, insert: connection.insert)
        }
    }
}
