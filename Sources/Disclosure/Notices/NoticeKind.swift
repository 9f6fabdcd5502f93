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

    public var category: DisclosureCategory { DisclosureCategory(rawValue: rawValue)! }

    static let names = allCases.map(\.rawValue).joined(separator: ", ")
}
