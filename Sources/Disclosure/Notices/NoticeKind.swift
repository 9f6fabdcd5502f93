/// What a notice file may publish: every category except the bulletins, which the morning run
/// publishes itself.
public enum NoticeKind: String, Sendable, CaseIterable {
    case eiaApproval = "eia-approval"
    case completionAcceptance = "completion-acceptance"
    case keyEnterprise = "key-enterprise"
    case penalty
    case enforcement
    case news
    case other

    /// The category the annual report counts the notice under: the same name, one kind each.
    public var category: DisclosureCategory {
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

    static let names = allCases.map(\.rawValue).joined(separator: ", ")
}
