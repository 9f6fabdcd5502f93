/// Which pollutants a location's monitoring plan covers, and the HJ 633—2026 §5.3.2
/// exemption for the ones it does not.
public struct MonitoringCoverage: Sendable, Hashable, Codable {
    /// Pollutants the plan does not monitor; their indicators show "/" (Tables 4–5 notes).
    public var notMonitored: Set<Pollutant>
    /// Not-monitored pollutants that were never primary on a day of light pollution or worse
    /// for three consecutive years (§5.3.2): their absence does not make the AQI NA.
    public var exempt: Set<Pollutant>

    public init(notMonitored: Set<Pollutant> = [], exempt: Set<Pollutant> = []) {
        self.notMonitored = notMonitored
        self.exempt = exempt.intersection(notMonitored)
    }

    /// Every pollutant monitored, no exemption.
    public static let full = MonitoringCoverage()
}
