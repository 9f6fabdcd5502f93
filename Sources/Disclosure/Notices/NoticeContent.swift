import AQI

/// The kind-specific part of a notice (../shared/spec/disclosure.md, Notices).
public enum NoticeContent: Sendable, Equatable {
    case eiaApproval(EIAApproval)
    case completionAcceptance(CompletionAcceptance)
    case keyEnterprise(KeyEnterpriseInfo)
    case penalty(PenaltyDecision)
    case enforcement(EnforcementDecision)
    case news(Article)
    case other(Article)

    public var kind: NoticeKind {
        switch self {
        case .eiaApproval: .eiaApproval
        case .completionAcceptance: .completionAcceptance
        case .keyEnterprise: .keyEnterprise
        case .penalty: .penalty
        case .enforcement: .enforcement
        case .news: .news
        case .other: .other
        }
    }

    /// 文号: the approval or decision number, where the item has one.
    public var documentNumber: String? {
        switch self {
        case .eiaApproval(let e): e.approvalNumber
        case .penalty(let p): p.decisionNumber
        case .enforcement(let e): e.decisionNumber
        default: nil
        }
    }

    /// The date of the decision the notice discloses (行政许可/处罚/强制), which places it in the
    /// annual report's year.
    public var decisionDate: LocalDate? {
        switch self {
        case .eiaApproval(let e): e.stage == .approved ? e.decisionOn : nil
        case .penalty(let p): p.decisionOn
        case .enforcement(let e): e.decisionOn
        default: nil
        }
    }
}
