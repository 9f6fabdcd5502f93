import AQI
import App
import Disclosure
import Formats
import Foundation
import Identity
import Testing

/// A bureau's environment on a given day (10:00 China Standard Time) with an in-memory store.
struct Bureau {
    let repository: InMemoryDisclosureRepository
    let environment: DisclosureEnvironment

    init(today: String, repository: InMemoryDisclosureRepository = InMemoryDisclosureRepository()) {
        self.repository = repository
        environment = Bureau.environment(today: today, repository: repository)
    }

    static func environment(today: String, repository: InMemoryDisclosureRepository) -> DisclosureEnvironment {
        let day = LocalDate(iso: today)!
        return DisclosureEnvironment(
            repository: repository,
            issuer: Issuer(name: "文山市生态环境局", organisation: OrganisationCode("11532601MB0123456B")!),
            calendar: .builtin, clock: FixedClock(Instant(china: day, hour: 10)))
    }

    /// The same store, another day.
    func on(_ today: String) -> Bureau { Bureau(today: today, repository: repository) }
}

let proposed = """
    [[notice]]
    kind = "eia-approval"
    project = "文山市某水泥厂技改项目"
    builder = "文山某建材有限公司"
    location = "文山市开化街道"
    document_type = "报告表"
    eia_agency = "云南某环境科技有限公司"
    stage = "拟批准"
    received_on = 2025-01-06
    objection_channel = "电话 0876-0000000"

    [[notice]]
    kind = "penalty"
    decision_number = "文环罚〔2025〕1号"
    party = "文山某化工有限公司"
    violation = "超标排放。"
    legal_basis = "《大气污染防治法》第九十九条"
    penalty = "罚款十万元"
    decision_on = 2025-01-06
    """

@Suite struct NoticeUseCaseTests {
    @Test func addPublishesEveryNoticeWithItsIndexNumber() throws {
        let bureau = Bureau(today: "2025-01-24")
        let result = try NoticeAdd.run(text: proposed, file: "n.toml", environment: bureau.environment)
        #expect(
            result.documents.map(\.indexNumber) == ["11532601MB0123456B/2025-00001", "11532601MB0123456B/2025-00002"])
        #expect(result.documents.map(\.status) == [.inPublicity, .published])
        // The penalty was due 7 working days after 6 January (15 January): published anyway, said.
        #expect(
            result.warnings.map(\.description) == [
                "n.toml:12: warning: published on 2025-01-24, after the deadline 2025-01-15: 决定作出后7个工作日内公开（通行做法，非法定期限）"
            ])
        #expect(
            result.text == """
                published 2 notices:
                索引号                         类别              状态    期限                               标题
                11532601MB0123456B/2025-00001  环评审批公示      公示中  公示期满 2025-02-07                文山市某水泥厂技改项目环境影响报告表拟批准公示
                11532601MB0123456B/2025-00002  环境行政处罚决定  已公开  应公开截止 2025-01-15（逾期公开）  文山某化工有限公司环境行政处罚决定书（文环罚〔2025〕1号）

                """)
        #expect(try bureau.repository.notices(publishedIn: 2025).count == 2)
    }

    @Test func aFileWithAnyErrorStoresNothing() throws {
        let bureau = Bureau(today: "2025-01-24")
        let batch = """
            kind,title,body,project
            news,动态一,正文,
            news,动态二,,
            """
        #expect(throws: Diagnostics.self) {
            try NoticeAdd.run(text: batch, file: "b.csv", environment: bureau.environment)
        }
        do {
            _ = try NoticeAdd.run(text: batch, file: "b.csv", environment: bureau.environment)
        } catch let error as Diagnostics {
            #expect(error.description == "b.csv:3: error: missing \"body\" (正文), required for news items")
        }
        #expect(try bureau.repository.notices(publishedIn: nil).isEmpty)
        // Nothing was issued either: the next number is still 00001.
        let next = try NoticeAdd.run(
            text: "kind = \"news\"\ntitle = \"t\"\nbody = \"b\"\n", file: "n.toml", environment: bureau.environment)
        #expect(next.documents.first?.indexNumber == "11532601MB0123456B/2025-00001")
    }

    @Test func aStoreFailureLeavesNothingHalfWritten() throws {
        struct DiskFull: Error {}
        let failing = InMemoryDisclosureRepository(beforeCommit: { throw DiskFull() })
        let bureau = Bureau(today: "2025-01-24", repository: failing)
        #expect(throws: DiskFull.self) {
            try NoticeAdd.run(text: proposed, file: "n.toml", environment: bureau.environment)
        }
        #expect(try failing.notices(publishedIn: nil).isEmpty)
    }

    @Test func indexNumbersAreNeverReusedEvenAfterAWithdrawal() throws {
        let bureau = Bureau(today: "2025-01-24")
        _ = try NoticeAdd.run(text: proposed, file: "n.toml", environment: bureau.environment)
        _ = try NoticeWithdraw.run(
            id: "11532601MB0123456B/2025-00001", reason: "项目撤回申请", decisionChangedOn: nil,
            environment: bureau.environment)
        let bulletin = try bureau.repository.issueIndexNumber(
            organisation: bureau.environment.issuer.organisation, year: 2025)
        #expect(bulletin.description == "11532601MB0123456B/2025-00003")
        let again = try NoticeAdd.run(
            text: "kind = \"other\"\ntitle = \"t\"\nbody = \"b\"\n", file: "n.toml", environment: bureau.environment)
        #expect(again.documents.first?.indexNumber == "11532601MB0123456B/2025-00004")
        // A new year starts again at 00001.
        let next = try NoticeAdd.run(
            text: "kind = \"other\"\ntitle = \"t\"\nbody = \"b\"\n", file: "n.toml",
            environment: bureau.on("2026-01-05").environment)
        #expect(next.documents.first?.indexNumber == "11532601MB0123456B/2026-00001")
    }

    @Test func aWithdrawnNoticeStaysReadableWithItsReason() throws {
        let bureau = Bureau(today: "2025-01-24")
        _ = try NoticeAdd.run(text: proposed, file: "n.toml", environment: bureau.environment)
        let later = bureau.on("2025-05-12")
        // Changed on Tue 6 May: due Fri 9 May, withdrawn Mon 12 May.
        let result = try NoticeWithdraw.run(
            id: "11532601MB0123456B/2025-00002", reason: "行政复议决定撤销原处罚决定",
            decisionChangedOn: LocalDate(iso: "2025-05-06"),
            environment: later.environment)
        #expect(
            result.warnings == [
                "the decision was changed on 2025-05-06; 行政处罚法 Art. 48 asks for the withdrawal within 3 days (by 2025-05-09); this withdrawal is 3 days late"
            ])
        #expect(result.document.status == .withdrawn && result.document.withdrawal?.reason == "行政复议决定撤销原处罚决定")
        let stored = try #require(try bureau.repository.notice(IndexNumber("11532601MB0123456B/2025-00002")!))
        #expect(stored.withdrawal?.on == LocalDate(iso: "2025-05-12") && stored.title.contains("文环罚〔2025〕1号"))
        let rows = try NoticeList.run(year: 2025, status: nil, environment: later.environment)
        #expect(
            NoticeList.render(rows) == """
                索引号                         类别              状态      期限                 标题
                11532601MB0123456B/2025-00001  环评审批公示      公示期满  公示期满 2025-02-07  文山市某水泥厂技改项目环境影响报告表拟批准公示
                11532601MB0123456B/2025-00002  环境行政处罚决定  已撤回    撤回 2025-05-12      文山某化工有限公司环境行政处罚决定书（文环罚〔2025〕1号）

                """)
        #expect(
            try NoticeList.run(year: nil, status: .withdrawn, environment: later.environment).map(\.indexNumber) == [
                "11532601MB0123456B/2025-00002"
            ])
    }

    @Test(arguments: [
        (
            "../../x", "项目撤回", nil as String?,
            "no such notice \"../../x\" (a notice is named by its 索引号, such as 11532601MB0123456B/2025-00001; airbulletin notice list shows them)"
        ),
        (
            "11532601MB0123456B/2025-00009", "项目撤回", nil,
            "no such notice \"11532601MB0123456B/2025-00009\" (a notice is named by its 索引号, such as 11532601MB0123456B/2025-00001; airbulletin notice list shows them)"
        ),
        (
            "11532601MB0123456B/2025-00001", "  ", nil,
            "--reason: say why the notice is withdrawn (it is published with the withdrawal)"
        ),
        ("11532601MB0123456B/2025-00001", "a\u{7}b", nil, "--reason contains the control character U+0007; remove it"),
        (
            "11532601MB0123456B/2025-00002", "撤销", nil,
            "--changed-on: give the day the penalty decision was changed or revoked (行政处罚法 Art. 48 counts its 3 days from it)"
        ),
        (
            "11532601MB0123456B/2025-00001", "撤销", "2025-01-20",
            "--changed-on is for penalty notices; 11532601MB0123456B/2025-00001 is eia-approval"
        ),
    ])
    func withdrawalMistakesAreClearMessages(_ id: String, _ reason: String, _ changed: String?, _ message: String)
        throws
    {
        let bureau = Bureau(today: "2025-01-24")
        _ = try NoticeAdd.run(text: proposed, file: "n.toml", environment: bureau.environment)
        #expect(throws: UsageError(message)) {
            try NoticeWithdraw.run(
                id: id, reason: reason, decisionChangedOn: changed.flatMap { LocalDate(iso: $0) },
                environment: bureau.environment)
        }
    }

    @Test func aNoticeIsWithdrawnOnce() throws {
        let bureau = Bureau(today: "2025-01-24")
        _ = try NoticeAdd.run(text: proposed, file: "n.toml", environment: bureau.environment)
        let id = "11532601MB0123456B/2025-00001"
        _ = try NoticeWithdraw.run(id: id, reason: "撤回", decisionChangedOn: nil, environment: bureau.environment)
        #expect(throws: UsageError("notice \(id) was already withdrawn on 2025-01-24: 撤回")) {
            try NoticeWithdraw.run(id: id, reason: "again", decisionChangedOn: nil, environment: bureau.environment)
        }
    }

    @Test func theMorningRunHearsOfClocksRunningOutWithinTwoWorkingDays() throws {
        let bureau = Bureau(today: "2025-01-24")
        _ = try NoticeAdd.run(text: proposed, file: "n.toml", environment: bureau.environment)
        _ = try RegisterAdd.run(
            text: "id,applicant,subject,received_on\nR1,自然人,某批复,2025-01-02\n", file: "r.csv",
            environment: bureau.environment)
        // On Wed 5 February (after the Spring Festival): the publicity ends Fri 7, R1's answer was due 6 February.
        #expect(
            try DisclosureAlerts.lines(environment: bureau.on("2025-02-05").environment) == [
                "2025-02-06 答复截止 R1 某批复", "2025-02-07 公示期满 11532601MB0123456B/2025-00001 文山市某水泥厂技改项目环境影响报告表拟批准公示",
            ])
        #expect(try DisclosureAlerts.lines(environment: bureau.on("2025-01-24").environment).isEmpty)
        #expect(
            try DisclosureAlerts.lines(environment: bureau.on("2025-02-10").environment) == [
                "2025-02-06 答复截止（已逾期） R1 某批复"
            ])
    }
}
