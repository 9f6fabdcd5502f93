import AQI
import Disclosure
import Identity

/// A store shaped like Wenshan's 2018 report (../shared/spec/disclosure.md): 79 EIA approval
/// notices (30 拟批准 publicity, 49 批复), 66 completion acceptances, 20 key-enterprise and
/// penalty items (12 + 8), 30 news and 20 other items, a daily bulletin every day, no request.
enum WenshanSeed {
    static let year = 2018

    static func repository() throws -> InMemoryDisclosureRepository {
        let repository = InMemoryDisclosureRepository()
        var submissions: [NoticeSubmission] = []
        func add(_ content: NoticeContent, title: String, _ i: Int) {
            // Spread over the working days of the year, a few a week.
            let on = LocalDate(year: year, month: 1, day: 2).adding(days: (i * 7) % 360)
            let draft = NoticeDraft(title: title, summary: nil, content: content, file: "seed", line: nil)
            submissions.append(NoticeSubmission(draft: draft, issuer: "文山市环境保护局", publishedAt: 0, publishedOn: on))
        }
        for i in 0..<79 {
            let approved = i >= 30
            let received = LocalDate(year: year, month: 1, day: 2).adding(days: (i * 7) % 330)
            let e = EIAApproval(
                project: "建设项目\(i + 1)", builder: "建设单位\(i + 1)", location: "文山市", documentType: .reportForm,
                eiaAgency: "环评机构", stage: approved ? .approved : .proposed, receivedOn: received, publicityStart: nil,
                decisionOn: approved ? received.adding(days: 20) : nil,
                approvalNumber: approved ? "文环审〔2018〕\(i - 29)号" : nil, objectionChannel: approved ? nil : "电话",
                fullTextURL: nil)
            add(.eiaApproval(e), title: "环评\(i + 1)", i)
        }
        for i in 0..<66 {
            let report = LocalDate(year: year, month: 1, day: 3).adding(days: (i * 5) % 300)
            let c = CompletionAcceptance(
                project: "验收项目\(i + 1)", builder: "建设单位", location: nil, eiaApprovalNumber: nil,
                acceptanceReportOn: report, publicityStart: report.adding(days: 1), publicityEnd: nil, contact: nil)
            add(.completionAcceptance(c), title: "验收\(i + 1)", i)
        }
        let code = try CreditCode("91532601MA6K12345U")
        for i in 0..<12 {
            let k = KeyEnterpriseInfo(
                enterprise: "企业\(i + 1)", creditCode: code, year: year, pollutants: ["颗粒物"], outlets: ["DA001"],
                monitoringSummary: "达标")
            add(.keyEnterprise(k), title: "重点排污单位\(i + 1)", i)
        }
        for i in 0..<8 {
            let p = PenaltyDecision(
                decisionNumber: "文环罚〔2018〕\(i + 1)号", party: "当事人\(i + 1)", partyCreditCode: nil, violation: "违法事实",
                legalBasis: "依据", penalty: "罚款", decisionOn: LocalDate(year: year, month: 3 + i, day: 10))
            add(.penalty(p), title: "处罚\(i + 1)", i)
        }
        for i in 0..<30 { add(.news(Article(body: "动态")), title: "环保动态\(i + 1)", i) }
        for i in 0..<20 { add(.other(Article(body: "人事")), title: "人事信息\(i + 1)", i) }
        _ = try repository.addNotices(submissions, organisation: Fixtures.organisation)
        let first = LocalDate(year: year, month: 1, day: 1)
        repository.recordBulletins(.airQualityDaily, dates: (0..<365).map { first.adding(days: $0) })
        return repository
    }

    static let input = AnnualInput(
        year: year, regulations: .init(issued: 0, repealed: 0, inForce: 0),
        normativeDocuments: .init(issued: 1, repealed: 0, inForce: 2), fees: ExactDecimal(0))

    static let sectionsText = """
        # 一、总体情况

        政府信息管理：严格执行信息发布审核制度。
        平台建设：依托市政府门户网站公开栏目发布信息。

        # 五、存在的主要问题及改进情况

        一是公开内容不够丰富；二是更新不够及时。
        下一步将加强培训。

        # 六、其他需要报告的事项

        无。
        """
}
