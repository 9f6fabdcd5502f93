import AQI
import Disclosure
import Foundation
import Identity
import Store
import Synchronization
import Testing

/// What every `DisclosureRepository` does, run against the SQLite store (a real file), the
/// PostgreSQL store (a database on the test cluster) and the in-memory repository alike.
@Suite struct DisclosureRepositoryTests {
    typealias F = NoticeFixtures

    @Test(arguments: RepositoryKind.allCases)
    func noticesOfEveryKindAreNumberedInOrderAndReadBackExactly(_ kind: RepositoryKind) throws {
        try RepositoryUnderTest.with(kind) { r in
            let submissions = F.submissions(try F.drafts(), on: "2025-01-24")
            let notices = try r.repository.addNotices(submissions, organisation: F.organisation)
            #expect(notices.map(\.id.description) == (1...8).map { "11532601MB0123456B/2025-0000\($0)" })
            #expect(notices == zip(notices, submissions).map { Notice(id: $0.id, submission: $1) })
            try r.reopen()
            #expect(try r.repository.notices(publishedIn: 2025) == notices)
            #expect(try r.repository.notices(publishedIn: nil) == notices)
            #expect(try r.repository.notices(publishedIn: 2024).isEmpty)
            for notice in notices { #expect(try r.repository.notice(notice.id) == notice) }
            #expect(try r.repository.notice(F.id("11532601MB0123456B/2025-00009")) == nil)
            let news = try #require(notices.first { $0.kind == .news })
            if case .news(let article) = news.content {
                #expect(article.body.count == 19_990 && article.body.hasPrefix("第一段\t缩进\n"))
            } else {
                Issue.record("\(news.id) is not a news item")
            }
            #expect(notices[0].title == "<script>alert(\"x\")</script> & 拟批准公示")
        }
    }

    @Test(arguments: RepositoryKind.allCases)
    func serialsCountPerOrganisationAndYearFromOne(_ kind: RepositoryKind) throws {
        try RepositoryUnderTest.with(kind) { r in
            let repository = r.repository
            _ = try repository.addNotices(try F.news(2, on: "2025-12-31"), organisation: F.organisation)
            _ = try repository.addNotices(try F.news(1, on: "2025-06-01"), organisation: F.province)
            _ = try repository.addNotices(try F.news(1, on: "2026-01-01"), organisation: F.organisation)
            #expect(
                try repository.issueIndexNumber(organisation: F.organisation, year: 2025).description
                    == "11532601MB0123456B/2025-00003")
            #expect(
                try repository.issueIndexNumber(organisation: F.province, year: 2025).description
                    == "11530000MB1234567N/2025-00002")
            #expect(
                try repository.issueIndexNumber(organisation: F.province, year: 2018).description
                    == "11530000MB1234567N/2018-00001")
            #expect(
                try repository.notices(publishedIn: nil).map(\.id.description) == [
                    "11530000MB1234567N/2025-00001", "11532601MB0123456B/2025-00001", "11532601MB0123456B/2025-00002",
                    "11532601MB0123456B/2026-00001",
                ])
            #expect(try repository.notices(publishedIn: 2026).map(\.title) == ["动态1"])
        }
    }

    /// A failure in the middle of a file's notices stores none of them and uses up no number.
    @Test(arguments: RepositoryKind.allCases)
    func aFaultMidwayStoresNothingAndUsesNoNumber(_ kind: RepositoryKind) throws {
        try RepositoryUnderTest.with(kind) { r in
            _ = try r.repository.addNotices(try F.news(1, on: "2025-01-24"), organisation: F.organisation)
            let submissions = F.submissions(try F.drafts(), on: "2025-01-24")
            #expect(throws: (any Error).self) {
                try r.addNotices(submissions, organisation: F.organisation, failingAfter: 3)
            }
            try r.reopen()
            #expect(try r.repository.notices(publishedIn: nil).map(\.title) == ["动态1"])
            let again = try r.repository.addNotices(submissions, organisation: F.organisation)
            #expect(again.first?.id.description == "11532601MB0123456B/2025-00002")
        }
    }

    @Test(arguments: RepositoryKind.allCases)
    func aWithdrawnNoticeStaysWithItsReasonAndItsNumberIsNeverIssuedAgain(_ kind: RepositoryKind) throws {
        try RepositoryUnderTest.with(kind) { r in
            let notices = try r.repository.addNotices(
                F.submissions(try F.drafts(), on: "2025-01-24"), organisation: F.organisation)
            let penalty = try #require(notices.first { $0.kind == .penalty })
            let withdrawal = Withdrawal(
                reason: "行政复议决定撤销原处罚决定\n（文政复决〔2025〕2号）", at: unixSeconds(LocalDate(iso: "2025-05-08")!, hour: 15),
                on: LocalDate(iso: "2025-05-08")!, decisionChangedOn: LocalDate(iso: "2025-05-06"))
            let withdrawn = try r.repository.appendNoticeEvent(.withdrawn(withdrawal), to: penalty.id)
            #expect(withdrawn.withdrawal == withdrawal && withdrawn.content == penalty.content)
            try r.reopen()
            #expect(try r.repository.notice(penalty.id) == withdrawn)
            #expect(try r.repository.notices(publishedIn: 2025).filter { $0.withdrawal != nil } == [withdrawn])
            // The withdrawn number and every other one stay taken.
            let next = try r.repository.addNotices(try F.news(1, on: "2025-05-08"), organisation: F.organisation)
            #expect(next.map(\.id.description) == ["11532601MB0123456B/2025-00009"])
            #expect(
                try r.repository.issueIndexNumber(organisation: F.organisation, year: 2025).description
                    == "11532601MB0123456B/2025-00010")
        }
    }

    @Test(arguments: RepositoryKind.allCases)
    func anEventForANoticeThatDoesNotExistIsNoSuchNotice(_ kind: RepositoryKind) throws {
        try RepositoryUnderTest.with(kind) { r in
            let id = F.id("11532601MB0123456B/2025-00001")
            let withdrawal = Withdrawal(reason: "x", at: 0, on: LocalDate(iso: "2025-01-01")!, decisionChangedOn: nil)
            #expect(throws: RepositoryError.noSuchNotice(id)) {
                try r.repository.appendNoticeEvent(.withdrawn(withdrawal), to: id)
            }
            #expect(RepositoryError.noSuchNotice(id).description == "no such notice \"11532601MB0123456B/2025-00001\"")
        }
    }

    @Test(arguments: RepositoryKind.allCases)
    func theRegisterKeepsEveryRevisionAndReturnsTheLatest(_ kind: RepositoryKind) throws {
        try RepositoryUnderTest.with(kind) { r in
            let first = try RegisterFile.parse(text: RegisterFixtures.first, file: "register.toml")
            #expect(try r.repository.saveRegister(first) == RegisterSaveCounts(added: 3))
            #expect(try r.repository.saveRegister(first) == RegisterSaveCounts(unchanged: 3))
            let second = try RegisterFile.parse(text: RegisterFixtures.second, file: "register.toml")
            try r.reopen()
            #expect(try r.repository.saveRegister(second) == RegisterSaveCounts(added: 1, revised: 2, unchanged: 1))
            #expect(try r.repository.requests() == second.requests.sorted { $0.id < $1.id })
            #expect(try r.repository.cases() == second.cases)
            let id = RecordID("2025-001")!
            #expect(try r.requestRevisions(id).map(\.answeredOn) == [nil, LocalDate(iso: "2025-10-16")])
            #expect(try r.requestRevisions(id).map(\.outcome?.code) == [nil, "3.4"])
            #expect(try r.requestRevisions(RecordID("none")!).isEmpty)
        }
    }

    /// Notices count by publication year, withdrawn ones too; a bulletin day counts in the year
    /// its first revision was published, a month in the year it belongs to.
    @Test(arguments: RepositoryKind.allCases)
    func itemCountsAreTheNoticesAndBulletinsPublishedInTheYear(_ kind: RepositoryKind) throws {
        try RepositoryUnderTest.with(kind) { r in
            let notices = try r.repository.addNotices(
                F.submissions(try F.drafts(), on: "2025-01-24"), organisation: F.organisation)
            _ = try r.repository.appendNoticeEvent(
                .withdrawn(Withdrawal(reason: "撤回", at: 0, on: LocalDate(iso: "2025-02-01")!, decisionChangedOn: nil)),
                to: notices[0].id)
            _ = try r.repository.addNotices(try F.news(2, on: "2026-01-01"), organisation: F.organisation)
            // 31 December 2024, 1 January – 31 March 2025 and 31 December 2025, each published the
            // next morning at 09:00.
            let start = LocalDate(iso: "2025-01-01")!
            let days =
                [LocalDate(iso: "2024-12-31")!] + (0..<90).map { start.adding(days: $0) } + [
                    LocalDate(iso: "2025-12-31")!
                ]
            try r.publishBulletins(area: "532601", days: days) { unixSeconds($0.adding(days: 1), hour: 9) }
            try r.reopen()
            #expect(
                try r.repository.itemCounts(year: 2025) == [
                    .eiaApproval: 2, .completionAcceptance: 1, .keyEnterprise: 1, .penalty: 1, .enforcement: 1,
                    .news: 1, .other: 1, .airQualityDaily: 91, .airQualityMonthly: 4,
                ])
            #expect(try r.repository.itemCounts(year: 2026) == [.news: 2, .airQualityDaily: 1])
            #expect(try r.repository.itemCounts(year: 2024) == [.airQualityMonthly: 1])
            #expect(try r.repository.itemCounts(year: 2023).isEmpty)
        }
    }

    /// Two repositories on one database (as cron and a clerk would be: two SQLite stores on one
    /// file, two connections to one PostgreSQL server) issue numbers at the same time: every
    /// number once, none skipped.
    @Test(arguments: RepositoryKind.allCases)
    func twoRepositoriesOnOneDatabaseNeverIssueTheSameNumber(_ kind: RepositoryKind) throws {
        try RepositoryUnderTest.with(kind) { r in
            let stores = [r.repository, try r.another()]
            let issued = Mutex<[IndexNumber]>([])
            let failures = Mutex<[String]>([])
            let news = try F.news(2, on: "2025-04-01")
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                do {
                    for n in 0..<60 {
                        let ids =
                            n.isMultiple(of: 2)
                            ? try stores[i].addNotices(news, organisation: F.organisation).map(\.id)
                            : [try stores[i].issueIndexNumber(organisation: F.organisation, year: 2025)]
                        issued.withLock { $0 += ids }
                    }
                } catch {
                    failures.withLock { $0.append("\(error)") }
                }
            }
            #expect(failures.withLock { $0 }.isEmpty)
            let serials = issued.withLock { $0 }.map(\.serial)
            let twice = Dictionary(grouping: serials, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(twice.isEmpty, "issued more than once")
            #expect(Set(1...180).subtracting(serials).sorted().isEmpty, "never issued")
            #expect(try stores[0].notices(publishedIn: 2025).count == 120)
        }
    }

    @Test(arguments: RepositoryKind.allCases.filter { $0 != .inMemory })
    func aNoticeIsWithdrawnOnce(_ kind: RepositoryKind) throws {
        try RepositoryUnderTest.with(kind) { r in
            let store = r.repository
            let notice = try #require(
                try store.addNotices(try F.news(1, on: "2025-01-24"), organisation: F.organisation).first)
            let day = LocalDate(iso: "2025-01-25")!
            _ = try store.appendNoticeEvent(
                .withdrawn(Withdrawal(reason: "发布有误", at: 1, on: day, decisionChangedOn: nil)), to: notice.id)
            let error = #expect(throws: StoreError.self) {
                try store.appendNoticeEvent(
                    .withdrawn(Withdrawal(reason: "again", at: 2, on: day.adding(days: 1), decisionChangedOn: nil)),
                    to: notice.id)
            }
            #expect(error?.description == "notice 11532601MB0123456B/2025-00001 was already withdrawn on 2025-01-25")
            #expect(try store.notice(notice.id)?.events.count == 1)
        }
    }
}
