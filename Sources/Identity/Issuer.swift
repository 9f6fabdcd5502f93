/// The body that publishes (发布机构) the bulletins and notices of its areas: its name in Chinese
/// and English, and its organisation code, the first part of every 索引号 it issues. The one type
/// for the stations files' `[issuer]`, the bulletin documents and the disclosure records.
public struct Issuer: Sendable, Hashable {
    public var name: String
    public var englishName: String
    public var organisation: OrganisationCode

    public init(name: String, englishName: String = "", organisation: OrganisationCode) {
        self.name = name
        self.englishName = englishName
        self.organisation = organisation
    }

    /// The organisation code as text, as documents carry it.
    public var orgCode: String { organisation.rawValue }
}
