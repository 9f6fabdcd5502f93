import Disclosure
import GRDB

extension Store {
    /// Stores requests and cases in one transaction: a new id becomes revision 1, an id whose
    /// latest revision differs gets the next revision (the earlier ones are kept), an identical
    /// one writes nothing.
    public func saveRegister(_ entries: RegisterEntries) throws -> RegisterSaveCounts {
        try writeImmediately { db in
            var counts = RegisterSaveCounts()
            for request in entries.requests { try RequestRevisionRecord.save(request, in: db, counts: &counts) }
            for reviewCase in entries.cases { try CaseRevisionRecord.save(reviewCase, in: db, counts: &counts) }
            return counts
        }
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

    /// The latest revision of every request among rows read from another database holding the
    /// same table (PostgreSQL's `disclosure_request`, every column by name), by id.
    package static func latestRequests(rows: [Row]) throws -> [DisclosureRequest] {
        var latest: [RecordID: RequestRevisionRecord] = [:]
        for record in try rows.map(RequestRevisionRecord.init(row:)) {
            let id = RequestRevisionRecord.id(of: record.entry)
            if latest[id].map({ record.revision > $0.revision }) ?? true { latest[id] = record }
        }
        return latest.values.map(\.entry).sorted { RequestRevisionRecord.id(of: $0) < RequestRevisionRecord.id(of: $1) }
    }
}
