import Disclosure
import GRDB
import Identity
import Store

/// The notices of a PostgreSQL store (Store: Store+Notices.swift), written and read by the SQLite
/// store's own code (`Store.addNotices`, `Store.appendNoticeEvent`, `Store.notices(noticeRows:…)`)
/// over this database's statements.
extension PostgresStore {
    public func addNotices(_ submissions: [NoticeSubmission], organisation: OrganisationCode) throws -> [Notice] {
        try addNotices(submissions, organisation: organisation, checkpoint: nil)
    }

    /// As `Store.addNotices(_:organisation:checkpoint:)`: one transaction under the
    /// organisation's 索引号 lock, so that two processes adding notices at once get distinct,
    /// consecutive numbers; if anything fails, the checkpoint or the connection included, no
    /// notice is stored and no number used up.
    ///
    /// Under the lock no one else issues the organisation's numbers, so the largest serial of a
    /// year is read once and the rows (numbers, notices, fields) are written together at the end
    /// (`PostgresRowBuffer`): a few statements for a whole file.
    public func addNotices(
        _ submissions: [NoticeSubmission], organisation: OrganisationCode, checkpoint: ImportCheckpoint?
    ) throws -> [Notice] {
        try connection.transaction {
            try connection.lock(.indexNumbers(organisation))
            var rows = PostgresRowBuffer()
            var last: [Int: Int] = [:]
            let notices = try Store.addNotices(
                submissions, checkpoint: checkpoint,
                issue: { year in
                    let number = try Store.indexNumber(
                        after: try last[year] ?? lastSerial(organisation: organisation, year: year),
                        organisation: organisation, year: year)
                    last[year] = number.serial
                    rows.append(
                        table: "index_number", columns: ["organisation", "year", "serial", "purpose"],
                        values: [
                            organisation.text, String(year), String(number.serial),
                            Store.IndexNumberPurpose.notice.rawValue,
                        ])
                    return number
                }, insert: { try rows.append($0) })
            try rows.flush(connection)
            return notices
        }
    }

    public func notice(_ id: IndexNumber) throws -> Notice? {
        try connection.transaction { try notices(where: Self.keyCondition, Self.key(id)).first }
    }

    public func notices(publishedIn year: Int?) throws -> [Notice] {
        try connection.transaction {
            guard let year else { return try notices(where: "true", []) }
            return try notices(where: "year = $1", [String(year)])
        }
    }

    /// As `Store.appendNoticeEvent`: one transaction that first locks the notice's row, so that
    /// two withdrawals of one notice at once are one after the other (the second is refused).
    public func appendNoticeEvent(_ event: NoticeEvent, to id: IndexNumber) throws -> Notice {
        try connection.transaction {
            try connection.execute("SELECT 1 FROM notice WHERE \(Self.keyCondition) FOR UPDATE", Self.key(id))
            return try Store.appendNoticeEvent(
                event, to: try notices(where: Self.keyCondition, Self.key(id)).first, id: id, insert: connection.insert)
        }
    }

    /// The columns of a 索引号 in every notice table, over `$1`, `$2`, `$3`.
    static let keyCondition = "organisation = $1 AND year = $2 AND serial = $3"

    static func key(_ id: IndexNumber) -> [String?] { [id.organisation.text, String(id.year), String(id.serial)] }

    /// Inside a transaction: the notices whose key columns match `condition`, with their fields
    /// and events, by 索引号.
    private func notices(where condition: String, _ parameters: [String?]) throws -> [Notice] {
        func rows(_ table: String) throws -> [Row] {
            try connection.execute(
                "SELECT * FROM \(table) WHERE \(condition) ORDER BY organisation COLLATE \"C\", year, serial",
                parameters
            ).databaseRows
        }
        let notices = try rows("notice")
        guard !notices.isEmpty else { return [] }
        return try Store.notices(
            noticeRows: notices, fieldRows: try rows("notice_field"), eventRows: try rows("notice_event"))
    }
}
