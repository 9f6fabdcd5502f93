import AQI
import Disclosure
import Identity
import Store
import Testing

/// A bulletin revision and the 索引号 it is numbered by are stored in one transaction, and all the
/// revisions of one command together (issue 11, items 11 and 13): a failure stores none of them
/// and uses up no number, so numbers never skip and no number names a missing bulletin.
@Suite struct BulletinBatchTests {
    static let organisation = OrganisationCode("11532601MB0123456B")!

    static func draft(_ date: LocalDate, reason: String? = nil, at: Instant = 100) -> BulletinDraft {
        BulletinDraft(
            area: "532601", date: date, standard: .hj633_2012, inputsHash: "fnv1a64:\(at.unixSeconds)", reason: reason,
            operatorName: "cron", createdAt: at, organisation: organisation, indexYear: 2025
        ) { number, index in #"{"revision": \#(number), "index": "\#(index.description)"}"# }
    }

    @Test func eachRevisionCarriesTheNumberIssuedWithIt() throws {
        try withTemporaryStore { store, _ in
            let jan14 = LocalDate(year: 2025, month: 1, day: 14)
            let jan15 = LocalDate(year: 2025, month: 1, day: 15)
            let stored = try store.appendBulletinRevisions([Self.draft(jan14), Self.draft(jan15)])
            #expect(stored.map(\.revision) == [1, 1])
            #expect(
                stored.map(\.document) == [
                    #"{"revision": 1, "index": "11532601MB0123456B/2025-00001"}"#,
                    #"{"revision": 1, "index": "11532601MB0123456B/2025-00002"}"#,
                ])
            let again = try store.appendBulletinRevisions([Self.draft(jan15, reason: "复核", at: 200)])
            #expect(again.map(\.revision) == [2])
            #expect(again[0].document == #"{"revision": 2, "index": "11532601MB0123456B/2025-00003"}"#)
        }
    }

    @Test func aFailureStoresNoRevisionAndUsesUpNoNumber() throws {
        try withTemporaryStore { store, _ in
            let jan14 = LocalDate(year: 2025, month: 1, day: 14)
            let jan15 = LocalDate(year: 2025, month: 1, day: 15)
            _ = try store.appendBulletinRevisions([Self.draft(jan15)])
            // The second draft is revision 2 of the 15th without a reason: the store refuses it,
            // after the first draft and its number were written in the same transaction.
            #expect(throws: StoreError.self) {
                try store.appendBulletinRevisions([Self.draft(jan14), Self.draft(jan15)])
            }
            #expect(try store.latestBulletin(area: "532601", date: jan14) == nil)
            let next = try store.appendBulletinRevisions([Self.draft(jan14)])
            #expect(next[0].document == #"{"revision": 1, "index": "11532601MB0123456B/2025-00002"}"#)
        }
    }
}
