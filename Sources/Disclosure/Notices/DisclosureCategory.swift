/// 主题分类: what a disclosed item is, as the feed and the annual report count it
/// (../shared/spec/disclosure.md, Disclosure items).
public enum DisclosureCategory: String, Sendable, CaseIterable, Comparable {
    case airQualityDaily = "air-quality-daily"
    case airQualityMonthly = "air-quality-monthly"
    case eiaApproval = "eia-approval"
    case completionAcceptance = "completion-acceptance"
    case keyEnterprise = "key-enterprise"
    case penalty
    case enforcement
    case news
    case other

    /// The Chinese name used in pages and in 一、总体情况.
    public var label: String {
        switch self {
        case .airQualityDaily: "空气质量日报"
        case .airQualityMonthly: "空气质量月报"
        case .eiaApproval: "环评审批公示"
        case .completionAcceptance: "竣工环保验收公示"
        case .keyEnterprise: "重点排污单位环境信息"
        case .penalty: "环境行政处罚决定"
        case .enforcement: "行政强制（查封扣押）决定"
        case .news: "环保动态"
        case .other: "其他信息"
        }
    }

    public static func < (a: DisclosureCategory, b: DisclosureCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
