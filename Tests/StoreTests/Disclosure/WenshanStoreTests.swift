import AQI
import Disclosure
import Store
import Testing

/// The shape of Wenshan's 2018 report (../shared/spec/disclosure.md) through the SQLite store:
/// 79 EIA approval notices (30 拟批准, 49 批复), 66 completion acceptances, 20 key-enterprise and
/// penalty items (12 + 8), 30 news and 20 other items from one CSV batch, a daily bulletin every
/// day, and no request.
@Suite struct WenshanStoreTests {
    static let year = 2018
    static let columns = [
        "kind", "title", "project", "builder", "location", "document_type", "eia_agency", "stage", "received_on",
        "decision_on", "approval_number", "objection_channel", "acceptance_report_on", "publicity_start", "enterprise",
        "credit_code", "year", "pollutants", "outlets", "monitoring_summary", "decision_number", "party", "violation",
        "legal_basis", "penalty", "body",
    ]

    /// The batch a clerk would write, one row a notice.
    static var batch: String {
        var rows: [[String: String]] = []
        let start = LocalDate(year: year, month: 1, day: 2)
        for i in 0..<79 {
            let received = start.adding(days: (i * 7) % 330)
            var row = [
                "kind": "eia-approval", "title": "环评\(i + 1)", "project": "建设项目\(i + 1)", "builder": "建设单位\(i + 1)",
                "location": "文山市", "document_type": "报告表", "eia_agency": "环评机构", "received_on": "\(received)",
            ]
            if i < 30 {
                row["stage"] = "拟批准"
                row["objection_channel"] = "电话"
            } else {
                row["stage"] = "批复"
                row["decision_on"] = "\(received.adding(days: 20))"
                row["approval_number"] = "文环审〔2018〕\(i - 29)号"
            }
            rows.append(row)
        }
        for i in 0..<66 {
            let report = start.adding(days: 1 + (i * 5) % 300)
            rows.append([
                "kind": "completion-acceptance", "title": "验收\(i + 1)", "project": "验收项目\(i + 1)", "builder": "建设单位",
                "acceptance_report_on": "\(report)", "publicity_start": "\(report.adding(days: 1))",
            ])
        }
        for i in 0..<12 {
            rows.append([
                "kind": "key-enterprise", "title": "重点排污单位\(i + 1)", "enterprise": "企业\(i + 1)",
                "credit_code": "91532601MA6K12345U", "year": "\(year)", "pollutants": "颗粒物;二氧化硫", "outlets": "DA001",
                "monitoring_summary": "达标",
            ])
        }
        for i in 0..<8 {
            rows.append([
                "kind": "penalty", "title": "处罚\(i + 1)", "decision_number": "文环罚〔2018〕\(i + 1)号",
                "party": "当事人\(i + 1)",
                "violation": "违法事实", "legal_basis": "依据", "penalty": "罚款",
                "decision_on": "\(LocalDate(year: year, month: 3 + i, day: 10))",
            ])
        }
        for i in 0..<30 { rows.append(["kind": "news", "title": "环保动态\(i + 1)", "body": "动态"]) }
        for i in 0..<20 { rows.append(["kind": "other", "title": "人事信息\(i + 1)", "body": "人事"]) }
        let lines =
            [columns.joined(separator: ",")] + rows.map { row in columns.map { row[$0] ?? "" }.joined(separator: ",") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The batch's notices spread over the year, a few a week, as they were published.
    static func submissions() throws -> [NoticeSubmission] {
        try NoticeFile.parse(text: batch, file: "2018.csv").enumerated().map { i, draft in
            let on = LocalDate(year: year, month: 1, day: 2).adding(days: (i * 7) % 360)
            return NoticeSubmission(
                draft: draft, issuer: "文山市环境保护局", publishedAt: unixSeconds(on, hour: 10), publishedOn: on)
        }
    }

    static let input = AnnualInput(
        year: year, regulations: .init(issued: 0, repealed: 0, inForce: 0),
        normativeDocuments: .init(issued: 1, repealed: 0, inForce: 2), fees: ExactDecimal(0))

    static let sections = "# 五、存在的主要问题及改进情况\n\n公开内容不够丰富。\n\n# 六、其他需要报告的事项\n\n无。\n"

    /// A repository seeded with the year: the notices, and a bulletin for each day from
    /// 31 December 2017 to 31 December 2018, each published the next morning; three days were
    /// corrected later.
    static func seed(_ r: RepositoryUnderTest) throws {
        _ = try r.repository.addNotices(try submissions(), organisation: NoticeFixtures.organisation)
        let first = LocalDate(year: year - 1, month: 12, day: 31)
        try r.publishBulletins(area: "532601", days: (0...365).map { first.adding(days: $0) }) { day in
            unixSeconds(day.adding(days: 1), hour: 9)
        }
        for day in ["2018-03-01", "2018-07-15", "2018-12-31"].compactMap({ LocalDate(iso: $0) }) {
            try r.appendBulletinRevision(
                area: "532601", date: day, inputsHash: "sha256:fixed", reason: "PM2.5 corrected upstream",
                operatorName: "clerk", createdAt: unixSeconds(day.adding(days: 3), hour: 11))
        }
    }

    static func report(_ repository: any DisclosureRepository) throws -> AnnualReport {
        try AnnualReport.build(
            year: year, organisation: "文山市环境保护局", itemCounts: try repository.itemCounts(year: year),
            notices: try repository.notices(publishedIn: year) + repository.notices(publishedIn: year + 1),
            requests: try repository.requests(), cases: try repository.cases(), input: input,
            sections: try AnnualSections.parse(text: sections, file: "sections.md"))
    }

    /// The stores that keep bulletins: SQLite, and PostgreSQL when the cluster runs.
    static let stores = RepositoryKind.allCases.filter { $0 != .inMemory }

    @Test(arguments: stores)
    func theReportReadsBackTheYearFromTheStore(_ kind: RepositoryKind) throws {
        try RepositoryUnderTest.with(kind) { r in
            try Self.seed(r)
            try r.reopen()
            let report = try Self.report(r.repository)
            let counts = report.overview.itemCounts
            #expect(counts[.eiaApproval] == 79 && counts[.completionAcceptance] == 66)
            #expect(counts[.keyEnterprise] == 12 && counts[.penalty] == 8)
            #expect(counts[.news] == 30 && counts[.other] == 20)
            // 31 December 2017 to 30 December 2018 were published in 2018; the corrections do not count again.
            #expect(counts[.airQualityDaily] == 365 && counts[.airQualityMonthly] == 12)
            // Wenshan's 215 items; the daily bulletins and the 12 monthly summaries are stated on their own.
            #expect(report.overview.proactiveTotal == 215)
            #expect(
                report.proactive.licensing == 49 && report.proactive.penalties == 8 && report.proactive.enforcement == 0
            )
            #expect(report.requests.received.isEmpty && report.reviews.cells == Array(repeating: 0, count: 15))
            #expect(
                report.overviewParagraph
                    == "2018年，文山市环境保护局全年共主动公开政府信息215条，其中环评审批公示79条、竣工环保验收公示66条、"
                    + "重点排污单位环境信息12条、环境行政处罚决定8条、环保动态30条、其他信息20条。"
                    + "空气质量日报每日发布，全年发布365期，空气质量月报12期。"
                    + "全年收到政府信息公开申请0件，上年结转0件，本年度办结0件，结转下年度继续办理0件；发生政府信息公开行政复议0件、行政诉讼0件。")
            let markdown = report.renderMarkdown()
            #expect(markdown.contains("| 行政许可 | 49 |") && markdown.contains("| 行政处罚 | 8 |"))
            #expect(markdown.contains("| 一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |"))
        }
    }

    /// Every repository (SQLite, in memory, PostgreSQL) seeded alike renders the same report.
    @Test func everyRepositoryRendersTheSameReport() throws {
        let rendered = try RepositoryKind.allCases.map { kind in
            try RepositoryUnderTest.with(kind) { r in
                try Self.seed(r)
                let report = try Self.report(r.repository)
                return report.renderMarkdown() + report.renderHTML()
            }
        }
        #expect(rendered.count == RepositoryKind.allCases.count)
        for (kind, text) in zip(RepositoryKind.allCases, rendered) { #expect(text == rendered[0], "\(kind)") }
    }
}
