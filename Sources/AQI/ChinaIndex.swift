/// The index of one report under HJ 633: each indicator's IAQI, the AQI, the level, the
/// primary pollutants, and the publication rule for missing data.
public struct ChinaIndex: Sendable, Hashable {
    public let indicatorSet: ChinaIndicatorSet
    /// The concentrations that entered the IAQI step, rounded when rounding was asked for.
    public let concentrations: [Indicator: ExactDecimal]
    /// Each indicator's IAQI; an indicator without one is absent.
    public let iaqi: [Indicator: Int]
    /// The maximum IAQI over the available indicators, or nil when none is available.
    public let aqiComputed: Int?
    /// The published AQI; nil is "NA" (HJ 633—2026 §5.3.1).
    public let aqi: Int?
    /// The level of the published AQI; nil when the AQI is NA.
    public let level: AirQualityLevel?
    /// Indicators whose IAQI equals the AQI when AQI > 50, in report order; [] when AQI ≤ 50,
    /// nil when the AQI is NA (§2.5).
    public let primaryIndicators: [Indicator]?
    /// Pollutants with an IAQI above 100 (2012: 超标污染物; 2026: sensitive-group advice).
    public let iaqiOver100: [Pollutant]
    /// Indicators without a valid value that count as missing for §5.3.1.
    public let missingIndicators: [Indicator]
    /// Indicators whose pollutant the monitoring plan does not cover (shown as "/").
    public let notMonitoredIndicators: [Indicator]
    /// The special rules that fired, in the order of `ChinaRule`.
    public let rulesApplied: [ChinaRule]

    public var standard: Standard { indicatorSet.standard }

    /// The primary pollutants in canonical order (SO2, NO2, CO, O3, PM10, PM2.5).
    public var primaryPollutants: [Pollutant]? {
        primaryIndicators.map { Set($0.map(\.pollutant)).sorted() }
    }
}

/// A special case of HJ 633 that changed an IAQI (aqi-standards.md §2.4, §3).
public enum ChinaRule: Int, Sendable, Hashable, Comparable {
    case aboveTopBreakpoint
    case o3EightHourOver800Fixed
    case o3EightHourOver800FromOneHour
    case so2OneHourOver800Fixed
    case so2OneHourOver800From24h

    /// The wording of aqi-vectors.json `rules_applied`.
    public var text: String {
        switch self {
        case .aboveTopBreakpoint:
            "above top breakpoint => capped at 500 (practice; standard silent, AQI range 1-500)"
        case .o3EightHourOver800Fixed:
            "O3_8H>800 => IAQI 300 (HJ 633-2026 Table 3 note c)"
        case .o3EightHourOver800FromOneHour:
            "O3_8H>800 => not computed; O3 IAQI taken from O3 1-h value (HJ 633-2012 Table 1 note 3)"
        case .so2OneHourOver800Fixed:
            "SO2_1H>800 => IAQI 200 (HJ 633-2026 Table 3 note b)"
        case .so2OneHourOver800From24h:
            "SO2_1H>800 => not computed; SO2 IAQI taken from SO2 24-h average (HJ 633-2012 Table 1 note 2)"
        }
    }

    public static func < (lhs: ChinaRule, rhs: ChinaRule) -> Bool { lhs.text < rhs.text }
}
