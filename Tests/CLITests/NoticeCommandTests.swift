import Foundation
import Testing

/// `airbulletin notice add | withdraw | list` on a real database file (ARCHITECTURE.md, CLI
/// contract; docs/notices.md).
@Suite struct NoticeCommandTests {
    static let day = "2025-01-24T10:00"

    static let toml = """
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

    static let batch = """
        kind,title,body,project,builder,acceptance_report_on,publicity_start,decision_number,party,measure,legal_basis,decision_on
        news,文山市开展六五环境日宣传活动,6月5日，市生态环境分局在广场开展宣传。,,,,,,,,,
        completion-acceptance,,,文山某矿业选矿厂,文山某矿业有限公司,2025-01-20,2025-01-27,,,,,
        enforcement,,,,,,,文环封〔2025〕1号,文山某洗选厂,查封生产设施,《环境保护法》第二十五条,2025-01-20

        """

    /// The bureau after publishing the TOML file and the batch on 24 January 2025.
    static func published() throws -> BureauDirectory {
        let bureau = try BureauDirectory()
        try bureau.write("notices/2025-01.toml", toml)
        try bureau.write("notices/batch.csv", batch)
        #expect(try bureau.run(["notice", "add", "notices/2025-01.toml"], at: day).status == 0)
        #expect(try bureau.run(["notice", "add", "notices/batch.csv"], at: day).status == 0)
        return bureau
    }

    @Test func addPublishesATOMLFileWithIndexNumbers() throws {
        let bureau = try BureauDirectory()
        try bureau.write("notices/2025-01.toml", Self.toml)
        let r = try bureau.run(["notice", "add", "notices/2025-01.toml"], at: Self.day)
        #expect(r.status == 0)
        #expect(r.siteLine?.hasPrefix("site \(bureau.path)/public updated (") == true)
        #expect(
            r.stdoutBeforeSiteLine == """
                published 2 notices:
                索引号                         类别              状态    期限                               标题
                11532601MB0123456B/2025-00001  环评审批公示      公示中  公示期满 2025-02-07                文山市某水泥厂技改项目环境影响报告表拟批准公示
                11532601MB0123456B/2025-00002  环境行政处罚决定  已公开  应公开截止 2025-01-15（逾期公开）  文山某化工有限公司环境行政处罚决定书（文环罚〔2025〕1号）

                """)
        #expect(
            r.stderr == BureauDirectory.clock(Self.day)
                + "notices/2025-01.toml:12: warning: published on 2025-01-24, after the deadline 2025-01-15: "
                + "决定作出后7个工作日内公开（通行做法，非法定期限）\n")
        #expect(bureau.exists("var/bureau.sqlite"))
    }

    @Test func addPublishesACSVBatchOfMixedKinds() throws {
        let bureau = try BureauDirectory()
        try bureau.write("notices/batch.csv", Self.batch)
        let r = try bureau.run(["notice", "add", "notices/batch.csv"], at: Self.day)
        #expect(r.status == 0)
        #expect(r.siteLine != nil)
        #expect(
            r.stdoutBeforeSiteLine == """
                published 3 notices:
                索引号                         类别                      状态    期限                   标题
                11532601MB0123456B/2025-00001  环保动态                  已公开  —                      文山市开展六五环境日宣传活动
                11532601MB0123456B/2025-00002  竣工环保验收公示          待公示  公示期满 2025-03-03    文山某矿业选矿厂竣工环境保护验收公示
                11532601MB0123456B/2025-00003  行政强制（查封扣押）决定  已公开  应公开截止 2025-02-21  文山某洗选厂查封扣押决定书（文环封〔2025〕1号）

                """)
        // 20 January + 5 working days is Sunday 26 January, a make-up working day (调休).
        #expect(
            r.stderr == BureauDirectory.clock(Self.day)
                + "notices/batch.csv:3: warning: the publicity starts on 2025-01-27, after 2025-01-26: "
                + "验收报告编制完成后5个工作日内公开（国环规环评〔2017〕4号）\n")
    }

    /// One bad row and nothing of the file is stored: the next good file starts at 00001.
    @Test func aFileWithAnErrorStoresNothingAndExitsTwo() throws {
        let bureau = try BureauDirectory()
        try bureau.write(
            "bad.csv",
            """
            kind,title,body,project,decision_number
            news,动态一,正文,,
            news,动态二,,,
            penalty,,,某项目,文环罚〔2025〕9号

            """)
        let r = try bureau.run(["notice", "add", "bad.csv"], at: Self.day)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(
            r.stderr == BureauDirectory.clock(Self.day)
                + """
                bad.csv:3: error: missing "body" (正文), required for news items
                bad.csv:4: error: column "project" must be empty for kind penalty
                bad.csv:4: error: missing "party" (当事人), required for penalty notices
                bad.csv:4: error: missing "violation" (违法事实), required for penalty notices
                bad.csv:4: error: missing "legal_basis" (处罚依据), required for penalty notices
                bad.csv:4: error: missing "penalty" (处罚内容), required for penalty notices
                bad.csv:4: error: missing "decision_on" (处罚决定日期), required for penalty notices

                """)
        #expect(try bureau.run(["notice", "list"], at: Self.day).stdout == "no notices\n")
        try bureau.write("good.toml", "kind = \"news\"\ntitle = \"动态\"\nbody = \"正文\"\n")
        let good = try bureau.run(["notice", "add", "good.toml"], at: Self.day)
        #expect(good.stdout.contains("\n11532601MB0123456B/2025-00001  环保动态"))
    }

    @Test func listShowsEachStatusWithItsDeadlines() throws {
        let bureau = try Self.published()
        let later = "2025-02-20T09:30"
        let withdraw = try bureau.run(
            [
                "notice", "withdraw", "11532601MB0123456B/2025-00002", "--reason", "行政复议决定撤销原处罚决定",
                "--changed-on", "2025-02-18",
            ], at: later)
        #expect(withdraw.status == 0)
        #expect(withdraw.stdoutBeforeSiteLine == "withdrew 11532601MB0123456B/2025-00002 文山某化工有限公司环境行政处罚决定书（文环罚〔2025〕1号）\n")
        #expect(withdraw.siteLine != nil)
        // Within the 3 days of 行政处罚法 Art. 48: no warning.
        #expect(withdraw.stderr == BureauDirectory.clock(later))
        let r = try bureau.run(["notice", "list"], at: later)
        #expect(r.status == 0)
        #expect(r.stderr == BureauDirectory.clock(later))
        #expect(
            r.stdout == """
                索引号                         类别                      状态      期限                   标题
                11532601MB0123456B/2025-00001  环评审批公示              公示期满  公示期满 2025-02-07    文山市某水泥厂技改项目环境影响报告表拟批准公示
                11532601MB0123456B/2025-00002  环境行政处罚决定          已撤回    撤回 2025-02-20        文山某化工有限公司环境行政处罚决定书（文环罚〔2025〕1号）
                11532601MB0123456B/2025-00003  环保动态                  已公开    —                      文山市开展六五环境日宣传活动
                11532601MB0123456B/2025-00004  竣工环保验收公示          公示中    公示期满 2025-03-03    文山某矿业选矿厂竣工环境保护验收公示
                11532601MB0123456B/2025-00005  行政强制（查封扣押）决定  已公开    应公开截止 2025-02-21  文山某洗选厂查封扣押决定书（文环封〔2025〕1号）

                """)
        let withdrawn = try bureau.run(["notice", "list", "--status", "withdrawn", "--year", "2025"], at: later)
        #expect(
            withdrawn.stdout == """
                索引号                         类别              状态    期限             标题
                11532601MB0123456B/2025-00002  环境行政处罚决定  已撤回  撤回 2025-02-20  文山某化工有限公司环境行政处罚决定书（文环罚〔2025〕1号）

                """)
        #expect(try bureau.run(["notice", "list", "--year", "2024"], at: later).stdout == "no notices\n")
    }

    @Test func aWithdrawalMoreThanThreeDaysAfterTheChangeIsWarnedAbout() throws {
        let bureau = try Self.published()
        let r = try bureau.run(
            [
                "notice", "withdraw", "11532601MB0123456B/2025-00002", "--reason", "复议撤销", "--changed-on",
                "2025-05-06",
            ], at: "2025-05-12T09:00")
        #expect(r.status == 0)
        #expect(
            r.stderr == BureauDirectory.clock("2025-05-12T09:00")
                + "warning: the decision was changed on 2025-05-06; 行政处罚法 Art. 48 asks for the withdrawal within "
                + "3 days (by 2025-05-09); this withdrawal is 3 days late\n")
    }

    @Test(arguments: [
        (
            ["../../x", "--reason", "撤回"],
            "error: no such notice \"../../x\" (a notice is named by its 索引号, such as "
                + "11532601MB0123456B/2025-00001; airbulletin notice list shows them)"
        ),
        (
            ["11532601MB0123456B/2025-00099", "--reason", "撤回"],
            "error: no such notice \"11532601MB0123456B/2025-00099\" (a notice is named by its 索引号, such as "
                + "11532601MB0123456B/2025-00001; airbulletin notice list shows them)"
        ),
        (
            ["11532601MB0123456B/2025-00001", "--reason", " "],
            "error: --reason: say why the notice is withdrawn (it is published with the withdrawal)"
        ),
    ])
    func aWithdrawalThatCannotBeDoneChangesNothing(_ arguments: [String], _ message: String) throws {
        let bureau = try Self.published()
        let before = try bureau.run(["notice", "list"], at: Self.day).stdout
        let r = try bureau.run(["notice", "withdraw"] + arguments, at: Self.day)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr == BureauDirectory.clock(Self.day) + message + "\n")
        #expect(try bureau.run(["notice", "list"], at: Self.day).stdout == before)
        #expect(!bureau.exists("x") && !bureau.exists("../x"))
    }
}
