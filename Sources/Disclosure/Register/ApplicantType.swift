/// 申请人情况: the columns of table 三 of the 2021 annual-report format (国办公开办函〔2021〕30号).
public enum ApplicantType: String, Sendable, CaseIterable {
    case naturalPerson = "natural-person"
    case commercialEnterprise = "commercial-enterprise"
    case researchInstitution = "research-institution"
    case publicInterestOrganisation = "public-interest-organisation"
    case legalServiceOrganisation = "legal-service-organisation"
    case otherOrganisation = "other-organisation"

    /// The column heading: 自然人, or the 法人或其他组织 sub-column.
    public var label: String {
        switch self {
        case .naturalPerson: "自然人"
        case .commercialEnterprise: "商业企业"
        case .researchInstitution: "科研机构"
        case .publicInterestOrganisation: "社会公益组织"
        case .legalServiceOrganisation: "法律服务机构"
        case .otherOrganisation: "其他"
        }
    }

    /// How messages name the column: `法人或其他组织·商业企业`.
    public var columnName: String { self == .naturalPerson ? label : "法人或其他组织·" + label }

    /// The code or its Chinese label (`自然人`, `商业企业` … ; `其他组织` for the last).
    public init?(input: String) {
        if let type = ApplicantType(rawValue: input) {
            self = type
        } else if let type = ApplicantType.allCases.first(where: { $0.label == input && $0 != .otherOrganisation }) {
            self = type
        } else if input == "其他组织" || input == "其他" {
            self = .otherOrganisation
        } else {
            return nil
        }
    }
}
