import Disclosure
import GRDB
import Store

/// What a site carries beside the bulletins, from a PostgreSQL store: the stored site files (the
/// annual reports), read with the SQLite store's own record reader. The notices and the requests
/// for disclosure (their deadlines) are the store's as a `DisclosureRepository`.
extension PostgresStore {
    public func currentSiteDocuments() throws -> [SiteDocument] {
        try connection.execute(
            """
            SELECT path, revision, content, created_at FROM site_document AS d
            WHERE NOT EXISTS (SELECT 1 FROM site_document AS later WHERE later.path = d.path AND later.revision > d.revision)
            ORDER BY path COLLATE "C"
            """
        ).databaseRows.map(SiteDocument.init(row:))
    }
}
