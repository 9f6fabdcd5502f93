import AQI
import Disclosure
import Formats
import Testing

/// The 2021-format annual report: Wenshan's 2018 shape read back from the tables, the printed
/// cross-check, and escaping in both outputs.
@Suite struct AnnualReportTests {
    func wenshanReport() throws -> AnnualReport {
        let repository = try WenshanSeed.repository()
        return try AnnualReport.build(
            year: 2018, organisation: "文山市环境保护局", itemCounts: try repository.itemCounts(year: 2018),
            notices: try repository.notices(publishedIn: 2018) + repository.notices(publishedIn: 2019),
            requests: try repository.requests(), cases: try repository.cases(), input: WenshanSeed.input,
            sections: try AnnualSections.parse(text: WenshanSeed.sectionsText, file: "sections.md"))
    }

    @Test func wenshan2018ReadsBackItsNumbers() throws {
        let report = try wenshanReport()
        let counts = report.overview.itemCounts
        #expect(counts[.eiaApproval] == 79 && counts[.completionAcceptance] == 66)
        #expect((counts[.keyEnterprise] ?? 0) + (counts[.penalty] ?? 0) == 20)
        #expect(counts[.airQualityDaily] == 365 && report.overview.proactiveTotal == 215)
        #expect(
            report.proactive.licensing == 49 && report.proactive.penalties == 8 && report.proactive.enforcement == 0)
        #expect(report.requests.received.isEmpty && report.reviews.cells == Array(repeating: 0, count: 15))
        #expect(
            report.overviewParagraph
                == "2018年，文山市环境保护局全年共主动公开政府信息215条，其中环评审批公示79条、竣工环保验收公示66条、"
                + "重点排污单位环境信息12条、环境行政处罚决定8条、环保动态30条、其他信息20条。空气质量日报每日发布，全年发布365期。"
                + "全年收到政府信息公开申请0件，上年结转0件，本年度办结0件，结转下年度继续办理0件；发生政府信息公开行政复议0件、行政诉讼0件。")
        let markdown = report.renderMarkdown()
        #expect(markdown.contains("| 行政许可 | 49 |") && markdown.contains("| 行政处罚 | 8 |"))
        #expect(markdown.contains("| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"))
        try golden.check(markdown, "wenshan-2018-annual.md")
        try golden.check(report.renderHTML(), "wenshan-2018-annual.html")
    }

    @Test func tableThreeCountsTheRegisterByApplicantAndOutcome() throws {
        func request(_ id: String, _ type: ApplicantType, _ received: String, _ answered: String?, _ outcome: String?)
            -> DisclosureRequest
        {
            DisclosureRequest(
                id: RecordID(id)!, applicant: type, subject: "s", receivedOn: Fixtures.day(received),
                answeredOn: answered.map(Fixtures.day), outcome: outcome.flatMap(RequestOutcome.init(code:)))
        }
        let requests = [
            request("a", .naturalPerson, "2024-12-20", "2025-01-10", "1"),  // carried over, answered
            request("b", .naturalPerson, "2025-03-01", "2025-03-20", "3.4"),
            request("c", .commercialEnterprise, "2025-12-25", nil, nil),  // carried forward
            request("d", .legalServiceOrganisation, "2025-05-05", "2025-05-20", "6.1"),
            request("e", .naturalPerson, "2024-11-01", "2024-11-20", "1"),  // all in 2024: not counted
        ]
        let table = try RequestTable(year: 2025, requests: requests).checked()
        #expect(RequestTable.cells(table.received) == [1, 1, 0, 0, 1, 0, 3])
        #expect(RequestTable.cells(table.carriedOver) == [1, 0, 0, 0, 0, 0, 1])
        #expect(RequestTable.cells(table.answered) == [2, 0, 0, 0, 1, 0, 3])
        #expect(RequestTable.cells(table.carriedForward) == [0, 1, 0, 0, 0, 0, 1])
        #expect(table.outcomes[RequestOutcome(code: "3.4")!] == [.naturalPerson: 1])
    }

    @Test func aTableThatDoesNotBalanceIsAnErrorNamingTheColumn() throws {
        let table = RequestTable(
            received: [.naturalPerson: 2, .commercialEnterprise: 1], carriedOver: [:],
            outcomes: [RequestOutcome(code: "1")!: [.naturalPerson: 2]], carriedForward: [:])
        #expect(
            throws: AnnualReportError.tableDoesNotBalance(
                column: "法人或其他组织·商业企业", received: 1, carriedOver: 0, answered: 0, carriedForward: 0)
        ) { try table.checked() }
        // Last year's report carried a request over that the register does not have.
        var input = WenshanSeed.input
        input.previousReportCarriedOver = [.naturalPerson: 1]
        do {
            _ = try AnnualReport.build(
                year: 2018, organisation: "x", itemCounts: [:], notices: [], requests: [], cases: [], input: input,
                sections: AnnualSections(problems: ["无。"], otherMatters: ["无。"]))
            Issue.record("expected the cross-check to fail")
        } catch {
            #expect(
                error.description
                    == "table 三 does not balance in column 自然人: 一 + 二 = 0 + 1 = 1, but 三（七） + 四 = 0 + 0 = 0 "
                    + "(every request carried over from last year's report must be in the register with its received date)"
            )
        }
    }

    @Test func tableFourCountsCasesDecidedInTheYearAndThosePending() {
        let cases = [
            ReviewCase(
                id: RecordID("1")!, type: .reconsideration, filedOn: Fixtures.day("2025-02-01"), outcome: .upheld,
                decidedOn: Fixtures.day("2025-04-01")),
            ReviewCase(id: RecordID("2")!, type: .reconsideration, filedOn: Fixtures.day("2025-11-01")),
            ReviewCase(
                id: RecordID("3")!, type: .litigationAfterReconsideration, filedOn: Fixtures.day("2024-10-01"),
                outcome: .corrected, decidedOn: Fixtures.day("2025-01-10")),
            ReviewCase(
                id: RecordID("4")!, type: .litigationDirect, filedOn: Fixtures.day("2024-01-01"), outcome: .other,
                decidedOn: Fixtures.day("2024-06-01")),
        ]
        #expect(ReviewTable(year: 2025, cases: cases).cells == [1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1])
    }

    @Test func everyValueIsEscapedInHTMLAndMarkdown() throws {
        let sections = try AnnualSections.parse(
            text: "# 五、问题\n<img src=x onerror=alert(1)> | *bold* [link](javascript:x)\n- item\n# 六、其他\n1. 无\n",
            file: "s.md")
        let report = try AnnualReport.build(
            year: 2018, organisation: "<script>alert(\"x\")</script>&局", itemCounts: [:], notices: [], requests: [],
            cases: [], input: WenshanSeed.input, sections: sections)
        let html = report.renderHTML()
        #expect(!html.contains("<script>") && !html.contains("<img"))
        #expect(
            html.contains("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;局2018年政府信息公开工作年度报告</title>"))
        #expect(html.contains("<p>&lt;img src=x onerror=alert(1)&gt; | *bold* [link](javascript:x)</p>\n<p>- item</p>"))
        let markdown = report.renderMarkdown()
        #expect(markdown.hasPrefix("# \\<script\\>alert(\"x\")\\</script\\>\\&局2018年政府信息公开工作年度报告\n"))
        #expect(
            markdown.contains("\\<img src=x onerror=alert(1)\\> \\| \\*bold\\* \\[link\\](javascript:x)\n\n\\- item\n"))
        #expect(markdown.contains("\n1\\. 无\n"))
        // Every `<` of the Markdown is escaped, so no renderer sees a tag.
        #expect(zip(markdown.dropFirst(), markdown).allSatisfy { ch, before in ch != "<" || before == "\\" })
    }

    @Test func sectionsNeedPartsFiveAndSix() {
        #expect(
            Fixtures.errors { _ = try AnnualSections.parse(text: "前言\n# 五、问题\n\n# 七、附录\n文字\n", file: "s.md") } == [
                "s.md:1: error: text before the first heading (start with # 五、…)",
                "s.md:4: error: unknown heading \"七、附录\" (expected # 一、总体情况, # 五、存在的主要问题及改进情况 or # 六、其他需要报告的事项)",
                "s.md: error: missing the part # 六、其他需要报告的事项",
                "s.md:2: error: the part 五、存在的主要问题及改进情况 is empty (write 无 if there is nothing to report)",
            ])
    }
}
