import Disclosure
import GRDB

/// A row of `notice_field`: one field of a notice as text, as `NoticeDraft.fieldValues` gives
/// it (dates `2025-01-15`, lists joined with `;`).
struct NoticeFieldRecord: Sendable {
    var id: IndexNumber
    var key: String
    var value: String

    enum Columns {
        static let key = Column("key")
        static let value = Column("value")
    }

    /// `kind` and `title` are columns of `notice`; every other field is a row here.
    static let keysKeptInNotice: Set<String> = ["kind", "title"]
}

extension NoticeFieldRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "notice_field"

    init(row: Row) throws {
        id = try row.indexNumber(table: Self.databaseTableName)
        key = row[Columns.key]
        value = row[Columns.value]
    }

    func encode(to container: inout PersistenceContainer) {
        id.encode(to: &container)
        container[Columns.key] = key
        container[Columns.value] = value
    }
}
