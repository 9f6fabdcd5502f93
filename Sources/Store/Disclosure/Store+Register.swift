import Disclosure
import GRDB

extension Store {
    /// Stores requests and cases in one transaction: a new id becomes revision 1, an id whose
    /// latest revision differs gets the next revision (the earlier ones are kept), an identical
    /// one writes nothing.
    public func saveRegister(_ entries: RegisterEntries) throws -> RegisterSaveCounts {
        try writeImmediately { db in
            try Store.saveRegister(
                entries,
                latest: { table, id in
                    try Row.fetchOne(
                        db, sql: "SELECT * FROM \(table) WHERE id = ? ORDER BY revision DESC LIMIT 1",
                        arguments: [id.text])
                }, insert: { try $0.insert(db) })
        }
    }

    /// Inside a write, in any database holding the register's tables (SQLite, PostgreSQL):
    /// `latest` reads the latest row of an id in a table (`disclosure_request`, `review_case`),
    /// every column by name; `insert` writes each new revision.
    package static func saveRegister(
        _ entries: RegisterEntries, latest: (_ table: String, _ id: RecordID) throws -> Row?,
        insert: (any PersistableRecord) throws -> Void
    ) throws -> RegisterSaveCounts {
        var counts = RegisterSaveCounts()
        func save<R: RegisterRevision>(_ entry: R.Entry, as _: R.Type) throws {
            let stored = try latest(R.databaseTableName, R.id(of: entry)).map(R.init(row:))
            if let next = R.next(entry, after: stored, counts: &counts) { try insert(next) }
        }
        for request in entries.requests { try save(request, as: RequestRevisionRecord.self) }
        for reviewCase in entries.cases { try save(reviewCase, as: CaseRevisionRecord.self) }
        return counts
    }

    /// The latest revision of every request among rows of `disclosure_request` read from another
    /// database (PostgreSQL, every column by name), by id.
    package static func latestRequests(rows: [Row]) throws -> [DisclosureRequest] {
        try RequestRevisionRecord.latest(rows: rows)
    }

    /// The latest revision of every case among rows of `review_case` read from another database.
    package static func latestCases(rows: [Row]) throws -> [ReviewCase] { try CaseRevisionRecord.latest(rows: rows) }

    /// The revisions of one request among rows of `disclosure_request` read from another
    /// database, oldest first.
    package static func requestRevisions(rows: [Row]) throws -> [DisclosureRequest] {
        try rows.map(RequestRevisionRecord.init(row:)).sorted { $0.revision < $1.revision }.map(\.entry)
    }

    /// The latest revision of every request, by id.
    public func requests() throws -> [DisclosureRequest] {
        try readDisclosure { db in try RequestRevisionRecord.latest(in: db) }
    }

    /// The latest revision of every case, by id.
    public func cases() throws -> [ReviewCase] {
        try readDisclosure { db in try CaseRevisionRecord.latest(in: db) }
    }

    /// Every stored revision of a request, oldest first (empty when there is none).
    public func requestRevisions(_ id: RecordID) throws(StoreError) -> [DisclosureRequest] {
        try readDisclosure { db in try RequestRevisionRecord.revisions(of: id, in: db) }
    }

    /// Every stored revision of a case, oldest first (empty when there is none).
    public func caseRevisions(_ id: RecordID) throws(StoreError) -> [ReviewCase] {
        try readDisclosure { db in try CaseRevisionRecord.revisions(of: id, in: db) }
    }
}
