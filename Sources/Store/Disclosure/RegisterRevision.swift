import Disclosure
import GRDB

/// A table of register revisions (`disclosure_request`, `review_case`): each row one revision of
/// an entry, keyed by (id, revision), the latest being what the register holds now.
protocol RegisterRevision: FetchableRecord, PersistableRecord {
    associatedtype Entry: Equatable
    var entry: Entry { get }
    var revision: Int { get }
    init(entry: Entry, revision: Int)
    static func id(of entry: Entry) -> RecordID
}

extension RegisterRevision {
    static var idColumn: Column { Column("id") }
    static var revisionColumn: Column { Column("revision") }

    /// Inside a write: stores `entry` as revision 1 of a new id, or as the next revision when it
    /// differs from the latest, or not at all when it is the same; counts which.
    static func save(_ entry: Entry, in db: Database, counts: inout RegisterSaveCounts) throws {
        let latest = try filter(idColumn == id(of: entry).text).order(revisionColumn.desc).fetchOne(db)
        guard latest?.entry != entry else {
            counts.unchanged += 1
            return
        }
        try Self(entry: entry, revision: (latest?.revision ?? 0) + 1).insert(db)
        if latest == nil { counts.added += 1 } else { counts.revised += 1 }
    }

    /// The latest revision of every entry, by id.
    static func latest(in db: Database) throws -> [Entry] {
        let table = databaseTableName
        return try filter(
            sql: "NOT EXISTS (SELECT 1 FROM \(table) AS later WHERE later.id = \(table).id "
                + "AND later.revision > \(table).revision)"
        )
        .fetchAll(db).map(\.entry).sorted { id(of: $0) < id(of: $1) }
    }

    /// Every revision of one entry, oldest first.
    static func revisions(of id: RecordID, in db: Database) throws -> [Entry] {
        try filter(idColumn == id.text).order(revisionColumn).fetchAll(db).map(\.entry)
    }
}
