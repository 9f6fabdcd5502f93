import AQI

/// A station that pushes its values over HJ 212 (`hj212 = { mn = "…", password_env = "…", units = {…} }`
/// on `[[area.station]]`): its data logger's MN, where its password lives, and the units it sends.
public struct HJ212Link: Sendable, Hashable {
    /// 设备唯一标识 (HJ 212—2017 §6.3.2, Table 4): at most 24 characters, unique in the configuration.
    public let mn: String
    /// The environment variable of `airbulletin receive` that holds the logger's PW; the password
    /// is never in a file, a log line or the store.
    public let passwordVariable: String
    /// The unit of each pollutant as the logger sends it; a pollutant not listed is in the HJ 633
    /// unit (µg/m³, CO mg/m³).
    public let units: [Pollutant: ReportedUnit]
    /// The line of the `hj212` key.
    public let location: ConfigLocation

    public init(mn: String, passwordVariable: String, units: [Pollutant: ReportedUnit], location: ConfigLocation) {
        self.mn = mn
        self.passwordVariable = passwordVariable
        self.units = units
        self.location = location
    }

    /// The unit `pollutant` arrives in.
    public func unit(of pollutant: Pollutant) -> ReportedUnit {
        units[pollutant] ?? (pollutant == .co ? .milligramsPerCubicMetre : .microgramsPerCubicMetre)
    }

    /// The password from the receiver's environment, or nil when its variable is unset or empty.
    public func password(in environment: [String: String]) -> String? {
        guard let value = environment[passwordVariable], !value.isEmpty else { return nil }
        return value
    }

    /// Characters an MN may hold: printable ASCII without the segment's separators `; , = &`.
    static func isMN(_ text: String) -> Bool {
        (1...24).contains(text.utf8.count)
            && text.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && !";,=&".utf8.contains($0) }
    }
}
