import Disclosure
import GRDB
import Store

/// What a site carries beside the bulletins, from a PostgreSQL store: the stored site files (the
/// annual reports), the notices and the requests for disclosure (their deadlines). Read here with
/// the SQLite store's own record readers; written, for now, only by a copy of an SQLite database.
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

    public func notices(publishedIn year: Int?) throws -> [Notice] {
        let filter = year == nil ? "" : " WHERE year = $1"
        let parameters = year.map { [String($0)] } ?? []
        func rows(_ table: String) throws -> [Row] {
            try connection.execute("SELECT * FROM \(table)\(filter)", parameters).databaseRows
        }
        return try connection.transaction {
            let notices = try rows("notice")
            guard !notices.isEmpty else { return [] }
            return try Store.notices(
                noticeRows: notices, fieldRows: try rows("notice_field"), eventRows: try rows("notice_event"))
        }
    }

    public func requests() throws -> [DisclosureRequest] {
        try Store.latestRequests(rows: try connection.execute("SELECT * FROM disclosure_request").databaseRows)
    }
}
