/// One field of a notice file: its key (TOML key or CSV column) and its Chinese name.
public struct NoticeFieldSpec: Sendable, Equatable {
    public let key: String
    public let label: String
}

extension NoticeKind {
    /// Fields every kind has, first in every page.
    static let commonFields = [
        NoticeFieldSpec(key: "kind", label: "类别"), NoticeFieldSpec(key: "title", label: "标题"),
        NoticeFieldSpec(key: "summary", label: "内容概述"),
    ]

    /// The kind's own fields, in the order pages show them (docs/notices.md).
    public var fields: [NoticeFieldSpec] {
        let specs: [(String, String)]
        switch self {
        case .eiaApproval:
            specs = [
                ("project", "项目名称"), ("builder", "建设单位"), ("location", "建设地点"),
                ("document_type", "环评文件类型"), ("eia_agency", "环评机构"), ("stage", "审批环节"),
                ("received_on", "受理日期"), ("publicity_start", "公示开始日期"), ("decision_on", "批复日期"),
                ("approval_number", "批复文号"), ("objection_channel", "意见反馈渠道"), ("full_text_url", "环评文件全本"),
            ]
        case .completionAcceptance:
            specs = [
                ("project", "项目名称"), ("builder", "建设单位"), ("location", "建设地点"),
                ("eia_approval_number", "环评批复文号"), ("acceptance_report_on", "验收报告完成日期"),
                ("publicity_start", "公示开始日期"), ("publicity_end", "公示结束日期"), ("contact", "联系方式"),
            ]
        case .keyEnterprise:
            specs = [
                ("enterprise", "企业名称"), ("credit_code", "统一社会信用代码"), ("year", "年度"),
                ("pollutants", "主要污染物"), ("outlets", "排放口"), ("monitoring_summary", "监测情况"),
            ]
        case .penalty:
            specs = [
                ("decision_number", "处罚决定书文号"), ("party", "当事人"), ("party_credit_code", "当事人统一社会信用代码"),
                ("violation", "违法事实"), ("legal_basis", "处罚依据"), ("penalty", "处罚内容"), ("decision_on", "处罚决定日期"),
            ]
        case .enforcement:
            specs = [
                ("decision_number", "强制措施决定书文号"), ("party", "当事人"), ("party_credit_code", "当事人统一社会信用代码"),
                ("measure", "强制措施"), ("legal_basis", "法律依据"), ("decision_on", "决定日期"),
            ]
        case .news, .other:
            specs = [("body", "正文")]
        }
        return specs.map { NoticeFieldSpec(key: $0.0, label: $0.1) }
    }

    /// Every key a notice of this kind may have.
    var allowedKeys: [String] { (NoticeKind.commonFields + fields).map(\.key) }

    var labels: [String: String] {
        Dictionary((NoticeKind.commonFields + fields).map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
    }

    /// Every column a CSV batch may have: the union of all kinds' keys, in a stable order.
    static let allKeys: [String] = {
        var keys: [String] = []
        for spec in commonFields + allCases.flatMap(\.fields) where !keys.contains(spec.key) { keys.append(spec.key) }
        return keys
    }()

    /// "an eia-approval notice"
    var article: String { (rawValue.first.map { "aeiou".contains($0) } == true ? "an " : "a ") + rawValue + " notice" }
}
