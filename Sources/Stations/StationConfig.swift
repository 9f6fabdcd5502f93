import AQI

/// One monitoring station as configured in `[[area.station]]`.
public struct StationConfig: Sendable, Hashable {
    public let code: StationCode
    public let name: String
    /// Degrees north (WGS 84, as the national station list gives them).
    public let latitude: Double
    /// Degrees east.
    public let longitude: Double
    public let role: StationRole
    /// False for a station that stopped reporting (停运): kept so that old data still has its
    /// name, left out of new reports.
    public let isActive: Bool
    /// What the monitoring plan covers, with the HJ 633—2026 §5.3.2 exemption flags.
    public let coverage: MonitoringCoverage
    /// Set for a station whose data logger pushes its values over HJ 212 (`airbulletin receive`).
    public let hj212: HJ212Link?
    /// The line of its `code` key.
    public let location: ConfigLocation

    public init(
        code: StationCode, name: String, latitude: Double, longitude: Double, role: StationRole,
        isActive: Bool = true, coverage: MonitoringCoverage = .full, hj212: HJ212Link? = nil, location: ConfigLocation
    ) {
        self.code = code
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.role = role
        self.isActive = isActive
        self.coverage = coverage
        self.hj212 = hj212
        self.location = location
    }

    public var isAssessment: Bool { role == .assessment }

    /// The pollutants monitored, in the canonical order (aqi-standards.md §2.5).
    public var monitored: [Pollutant] { Pollutant.allCases.filter { !coverage.notMonitored.contains($0) } }

    /// Not-monitored pollutants flagged exempt (§5.3.2), in the canonical order.
    public var exempt: [Pollutant] { Pollutant.allCases.filter { coverage.exempt.contains($0) } }

    /// How this definition differs from another of the same code (`latitude 23.36 here,
    /// 23.3594 there`), empty when they are the same; where each was written does not count.
    public func differences(from other: StationConfig) -> [String] {
        func labels(_ ps: [Pollutant]) -> String { ps.isEmpty ? "none" : ps.map(\.label).joined(separator: " ") }
        var out: [String] = []
        func compare(_ key: String, _ mine: String, _ theirs: String) {
            if mine != theirs { out.append("\(key) \(mine) here, \(theirs) there") }
        }
        compare("name", "\"\(name)\"", "\"\(other.name)\"")
        compare("latitude", "\(latitude)", "\(other.latitude)")
        compare("longitude", "\(longitude)", "\(other.longitude)")
        compare("role", role.rawValue, other.role.rawValue)
        compare("active", "\(isActive)", "\(other.isActive)")
        compare("pollutants", labels(monitored), labels(other.monitored))
        compare("exempt", labels(exempt), labels(other.exempt))
        compare("hj212.mn", hj212?.mn ?? "none", other.hj212?.mn ?? "none")
        return out
    }
}
