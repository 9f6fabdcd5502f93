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

    /// What saving `entry` over the latest stored revision of its id writes: revision 1 of a new
    /// id, the next revision when it differs, nothing when it is the same; counts which.
    static func next(_ entry: Entry, after latest: Self?, counts: inout RegisterSaveCounts) -> Self? {
        guard latest?.entry != entry else {
            counts.unchanged += 1
            return nil
        }
        if latest == nil { counts.added += 1 } else { counts.revised += 1 }
        return Self(entry: entry, revision: (latest?.revision ?? 0) + 1)
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

    /// The latest revision of every entry among `rows` of this table read from another database
    /// (PostgreSQL, every column by name), by id.
    static func latest(rows: [Row]) throws -> [Entry] {
        var latest: [RecordID: Self] = [:]
        for record in try rows.map(Self.init(row:)) {
            let id = Self.id(of: record.entry)
            if latest[id].map({ record.revision > $0.revision }) ?? true { latest[id] = record }
        }
        return latest.values.map(\.entry).sorted { Self.id(of: $0) < Self.id(of: $1) }
    }

    /// Every revision of one entry, oldest first.
    static func revisions(of id: RecordID, in db: Database) throws -> [Entry] {
        try filter(idColumn == id.text).order(revisionColumn).fetchAll(db).map(\.entry)
    }
}
