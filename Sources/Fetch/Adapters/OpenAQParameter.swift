import AQI

/// A measured quantity as OpenAQ API v3 names it: `{id, name, units, displayName}`.
public struct OpenAQParameter: Sendable, Hashable {
    public let id: Int
    /// `pm25`, `pm10`, `so2`, `no2`, `co`, `o3`, or another quantity (`pm1`, `temperature`, …).
    public let name: String
    public let units: String
    public let displayName: String?

    public init(id: Int, name: String, units: String, displayName: String?) {
        self.id = id
        self.name = name
        self.units = units
        self.displayName = displayName
    }

    /// The HJ 633 pollutant, or nil for a quantity the bulletin does not use.
    public var pollutant: Pollutant? { Pollutant(label: name) }

    /// True when this parameter's values can be converted to the pollutant's HJ 633 unit.
    public var isConvertible: Bool {
        guard let pollutant, let unit = ReportedUnit(text: units) else { return false }
        return unit.convert(Rational(1), of: pollutant) != nil
    }
}
