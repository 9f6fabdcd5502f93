import AQI
import Identity

/// The administrative level of an area (GB/T 2260): a prefecture-level city or autonomous
/// prefecture (地级: 市, 自治州, 地区, 盟), or a county-level one (县级: 区, 县, 县级市).
public enum AreaLevel: String, Sendable, Hashable, CaseIterable {
    case city, county
}

/// One area (a city or county) whose bulletin is published: `[[area]]` in `stations/*.toml`.
public struct AreaConfig: Sendable, Hashable {
    public let code: AreaCode
    public let name: String
    public let englishName: String
    public let level: AreaLevel
    public let issuer: Issuer
    /// In the order of the file.
    public let stations: [StationConfig]
    /// The file's shared `[[source]]` entries first, then the area's own.
    public let sources: [SourceConfig]
    /// The line of its `code` key.
    public let location: ConfigLocation

    public init(
        code: AreaCode, name: String, englishName: String, level: AreaLevel, issuer: Issuer,
        stations: [StationConfig], sources: [SourceConfig], location: ConfigLocation
    ) {
        self.code = code
        self.name = name
        self.englishName = englishName
        self.level = level
        self.issuer = issuer
        self.stations = stations
        self.sources = sources
        self.location = location
    }

    /// The stations whose hourly mean makes the city value (aqi-standards.md §4.4: control
    /// stations excluded). Inactive ones stay in: they have no new hours, and recomputing a day
    /// from before they stopped must still count them.
    public var assessmentStations: [StationConfig] { stations.filter(\.isAssessment) }
}
