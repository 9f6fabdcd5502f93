import AQI
import Disclosure
import Foundation
import GRDB
import Identity
import Store
import Synchronization
import Testing

/// What only the SQLite store can show: the file as another process sees it, two processes at
/// once, and the database refusing to lose or rewrite what was published.
@Suite struct NoticeStoreTests {
    typealias F = NoticeFixtures

    @Test func aFaultMidwayLeavesTheFileExactlyAsBefore() throws {
        try withTemporaryStore { store, path in
            _ = try store.addNotices(try F.news(2, on: "2025-01-24"), organisation: F.organisation)
            _ = try store.saveRegister(try RegisterFile.parse(text: RegisterFixtures.first, file: "r.toml"))
            let before = try dumpDatabase(atPath: path)
            var calls: [Int] = []
            let error = #expect(throws: StoreError.self) {
                try store.addNotices(
                    F.submissions(try F.drafts(), on: "2025-01-24"), organisation: F.organisation,
                    checkpoint: ImportCheckpoint(every: 2) { written in
                        calls.append(written)
                        if written == 6 { throw InjectedFault() }
                    })
            }
            #expect(calls == [2, 4, 6])
            #expect(
                error?.description
                    == "publishing stopped after 6 of 8 notices and was rolled back: nothing was stored and no 索引号 "
                    + "was used (injected fault)")
            #expect(try dumpDatabase(atPath: path) == before)
            #expect(try integrityCheck(atPath: path) == "ok")
        }
    }

    /// Numbers survive the process: a new Store on the file goes on from the last one issued.
    @Test func numbersGoOnAfterReopeningTheFile() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("ab.sqlite").path
            let first = try Store(path: path)
            _ = try first.addNotices(try F.news(3, on: "2025-03-01"), organisation: F.organisation)
            _ = try first.issueIndexNumber(organisation: F.organisation, year: 2025)
            let second = try Store(path: path)
            #expect(
                try second.addNotices(try F.news(1, on: "2025-03-02"), organisation: F.organisation).map(
                    \.id.description)
                    == ["11532601MB0123456B/2025-00005"])
        }
    }

    /// The database itself refuses to delete or rewrite a notice, its events, an issued number or
    /// a register revision, and to issue a number out of order.
    @Test func theDatabaseRefusesToLoseWhatWasPublished() throws {
        try withTemporaryStore { store, path in
            let notices = try store.addNotices(
                F.submissions(try F.drafts(), on: "2025-01-24"), organisation: F.organisation)
            _ = try store.appendNoticeEvent(
                .withdrawn(Withdrawal(reason: "撤回", at: 1, on: LocalDate(iso: "2025-01-25")!, decisionChangedOn: nil)),
                to: notices[0].id)
            _ = try store.saveRegister(try RegisterFile.parse(text: RegisterFixtures.first, file: "r.toml"))
            let before = try dumpDatabase(atPath: path)
            let key = "organisation = '11532601MB0123456B' AND year = 2025 AND serial = 1"
            let attempts = [
                ("DELETE FROM notice", "a published notice is never deleted: withdraw it"),
                ("UPDATE notice SET title = 'x'", "a published notice is never rewritten"),
                ("DELETE FROM notice_field", "a published notice is never deleted: withdraw it"),
                ("UPDATE notice_field SET value = 'x'", "a published notice is never rewritten"),
                ("DELETE FROM notice_event", "what happened to a notice is never deleted"),
                ("UPDATE notice_event SET reason = 'x'", "what happened to a notice is never rewritten"),
                ("DELETE FROM index_number", "an issued index number is never deleted"),
                ("UPDATE index_number SET serial = serial + 100", "an issued index number is never changed"),
                (
                    "INSERT INTO index_number VALUES ('11532601MB0123456B', 2025, 1, 'item')",
                    "index numbers are issued in order, each once"
                ),
                (
                    "INSERT INTO index_number VALUES ('11532601MB0123456B', 2025, 20, 'item')",
                    "index numbers are issued in order, each once"
                ),
                (
                    "INSERT INTO notice_event SELECT organisation, year, serial, 2, kind, reason, happened_at, "
                        + "happened_on, NULL FROM notice_event WHERE \(key)",
                    "UNIQUE constraint failed"
                ),
                ("DELETE FROM disclosure_request", "register entries are never deleted"),
                ("UPDATE disclosure_request SET subject = 'x'", "a register revision is never rewritten"),
                (
                    "INSERT INTO disclosure_request (id, revision, applicant, subject, received_on) "
                        + "VALUES ('2025-001', 3, 'natural-person', 's', '2025-01-01')",
                    "a request changes only by its next revision"
                ),
                ("DELETE FROM review_case", "register entries are never deleted"),
                ("UPDATE review_case SET outcome = 'upheld'", "a register revision is never rewritten"),
            ]
            for (sql, message) in attempts {
                let error = #expect(throws: (any Error).self, "\(sql)") { try executeRawSQL(sql, atPath: path) }
                #expect("\(error.map { "\($0)" } ?? "")".contains(message), "\(sql)")
            }
            #expect(try dumpDatabase(atPath: path) == before)
            #expect(try store.notice(notices[0].id)?.withdrawal?.reason == "撤回")
        }
    }

    /// A hand-edited field is found when the notice is read, not passed on.
    @Test func aNoticeTheStoreCannotReadBackIsNamed() throws {
        try withTemporaryStore { store, path in
            _ = try store.addNotices(try F.news(1, on: "2025-01-24"), organisation: F.organisation)
            try executeRawSQL(
                "INSERT INTO notice_field VALUES ('11532601MB0123456B', 2025, 1, 'colour', 'red')", atPath: path)
            let error = #expect(throws: StoreError.self) { try store.notices(publishedIn: 2025) }
            #expect(
                error?.description
                    == "the database holds notice 11532601MB0123456B/2025-00001, which this airbulletin cannot read "
                    + "back (written by a newer version, or edited by hand?): notice 11532601MB0123456B/2025-00001:1: "
                    + "error: column \"colour\" must be empty for kind news")
        }
    }

    @Test func aYearWithoutFourDigitsIsRefused() throws {
        let store = try Store.inMemory()
        let error = #expect(throws: StoreError.self) {
            try store.issueIndexNumber(organisation: F.organisation, year: 10_000)
        }
        #expect(
            error?.description
                == "the year 10000 is outside 1000–9999 (an 索引号 and the annual counts have four-digit years)")
    }

    /// Serial 99999 is the last of a year: the next is an error, not a wrap-around to 00001.
    @Test func theLastSerialOfAYearIsTheLast() throws {
        try withTemporaryStore { store, path in
            try executeRawSQL(
                """
                WITH RECURSIVE n(serial) AS (SELECT 1 UNION ALL SELECT serial + 1 FROM n WHERE serial < 99999)
                INSERT INTO index_number SELECT '11532601MB0123456B', 2025, serial, 'item' FROM n
                """, atPath: path)
            #expect(throws: RepositoryError.indexNumbersExhausted(organisation: F.organisation, year: 2025)) {
                try store.addNotices(try F.news(1, on: "2025-12-31"), organisation: F.organisation)
            }
            #expect(
                RepositoryError.indexNumbersExhausted(organisation: F.organisation, year: 2025).description
                    == "all 99999 index numbers of 11532601MB0123456B for 2025 are issued")
            #expect(
                try store.issueIndexNumber(organisation: F.organisation, year: 2026).description
                    == "11532601MB0123456B/2026-00001")
        }
    }

    /// Revisions of a bulletin do not count again; each area's days and months count.
    @Test func bulletinDaysCountOncePerAreaWhateverTheirRevisions() throws {
        try withTemporaryStore { store, _ in
            let day = LocalDate(iso: "2025-03-31")!
            for (area, date, reason, hour) in [
                ("532601", day, nil, 9), ("532601", day, "PM2.5 corrected", 15), ("532601", day, "again", 16),
                ("532600", day, nil, 9), ("532600", day.adding(days: 1), nil, 9),
            ] as [(AreaCode, LocalDate, String?, Int)] {
                try store.appendBulletinRevision(
                    area: area, date: date, standard: .hj633_2012, inputsHash: "h", document: "{}", reason: reason,
                    operatorName: "cron", createdAt: unixSeconds(date.adding(days: 1), hour: hour))
            }
            #expect(try store.itemCounts(year: 2025) == [.airQualityDaily: 3, .airQualityMonthly: 3])
        }
    }
}
