import Identity

/// The publishing body (发布机构): its full name and the code its 索引号 begin with.
public struct Issuer: Sendable, Equatable {
    public let name: String
    public let organisation: OrganisationCode

    public init(name: String, organisation: OrganisationCode) {
        self.name = name
        self.organisation = organisation
    }
}
