import AQI
import Disclosure
import Identity

/// Notices as clerks write them, read by the Disclosure module's own parser.
enum NoticeFixtures {
    static let organisation = OrganisationCode("11532601MB0123456B")!
    static let province = OrganisationCode("11530000MB1234567N")!
    static let issuer = "文山州生态环境局文山分局"

    /// A paragraph near the 20,000-character limit, with the newline and tab paragraphs allow
    /// (as TOML escapes).
    static let longBody = #"第一段\t缩进\n"# + String(repeating: "文", count: 19_980) + #"\n结尾"#

    /// One notice of every kind, with text an HTML page or a CSV reader would trip on.
    static let everyKind = """
        [[notice]]
        kind = "eia-approval"
        title = "<script>alert(\\"x\\")</script> & 拟批准公示"
        summary = "第一段\\n\\t第二段 'single' \\"double\\" ; semicolon, comma"
        project = "文山市某水泥厂技改项目"
        builder = "文山某建材有限公司"
        location = "文山市开化街道"
        document_type = "报告表"
        eia_agency = "云南某环境科技有限公司"
        stage = "拟批准"
        received_on = 2025-01-06
        publicity_start = 2025-01-20
        objection_channel = "电话 0876-0000000；信箱 hbj@example.gov.cn"
        full_text_url = "https://example.gov.cn/eia/1.pdf?a=1&b=2"

        [[notice]]
        kind = "eia-approval"
        project = "文山市某污水处理厂提标改造项目"
        builder = "文山市某水务有限公司"
        location = "文山市新平街道"
        document_type = "报告书"
        eia_agency = "云南某环境科技有限公司"
        stage = "批复"
        received_on = 2024-12-02
        decision_on = 2025-01-15
        approval_number = "文环审〔2025〕1号"

        [[notice]]
        kind = "completion-acceptance"
        project = "文山某矿业选矿厂"
        builder = "文山某矿业有限公司"
        location = "文山市古木镇"
        eia_approval_number = "文环审〔2022〕9号"
        acceptance_report_on = 2025-01-10
        publicity_start = 2025-01-13
        publicity_end = 2025-02-28
        contact = "张先生 0876-1111111"

        [[notice]]
        kind = "key-enterprise"
        enterprise = "文山某化工有限公司"
        credit_code = "91532601MA6K12345U"
        year = 2024
        pollutants = ["颗粒物", "二氧化硫", "氮氧化物"]
        outlets = ["DA001 锅炉排口", "DW001"]
        monitoring_summary = "全年自动监测数据有效率98%。\\n超标0次。"

        [[notice]]
        kind = "penalty"
        decision_number = "文环罚〔2025〕1号"
        party = "文山某化工有限公司"
        party_credit_code = "91532601MA6K12345U"
        violation = "超标排放大气污染物。"
        legal_basis = "《大气污染防治法》第九十九条"
        penalty = "罚款十万元"
        decision_on = 2025-01-06

        [[notice]]
        kind = "enforcement"
        decision_number = "文环封〔2025〕1号"
        party = "文山某洗选厂"
        measure = "查封生产设施"
        legal_basis = "《环境保护法》第二十五条"
        decision_on = 2025-01-08

        [[notice]]
        kind = "news"
        title = "文山市开展环境日宣传活动"
        body = "\(longBody)"

        [[notice]]
        kind = "other"
        title = "人事任免"
        body = "</p><p onclick=x>任免</p>"
        """

    static func drafts(_ text: String = everyKind, file: String = "notices.toml") throws -> [NoticeDraft] {
        try NoticeFile.parse(text: text, file: file)
    }

    /// The drafts as published on `day` at 10:00 China Standard Time.
    static func submissions(_ drafts: [NoticeDraft], on day: String) -> [NoticeSubmission] {
        let date = LocalDate(iso: day)!
        return drafts.map {
            NoticeSubmission(draft: $0, issuer: issuer, publishedAt: unixSeconds(date, hour: 10), publishedOn: date)
        }
    }

    /// `count` news items published on `day`.
    static func news(_ count: Int, on day: String) throws -> [NoticeSubmission] {
        let text = (1...count).map { "[[notice]]\nkind = \"news\"\ntitle = \"动态\($0)\"\nbody = \"正文\($0)\"\n" }
        return submissions(try drafts(text.joined(separator: "\n")), on: day)
    }

    static func id(_ text: String) -> IndexNumber { IndexNumber(text)! }
}
