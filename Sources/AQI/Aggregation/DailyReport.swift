/// Everything a daily bulletin states about one area and one natural day, before rendering
/// (HJ 633—2026 §5.1, Tables 4–5).
public struct DailyReport: Sendable {
    /// The area's code as text, like a station row's code: the pure core depends on nothing
    /// (STYLE.md §1), so the modules around it pass Identity's `AreaCode.rawValue`.
    public let areaCode: String
    public let areaName: String
    public let date: LocalDate
    public let standard: Standard
    /// The area's own row: concentrations from its assessment stations (§4.4).
    public let area: LocationDay
    /// One row per station, assessment stations first, then by code.
    public let stations: [LocationDay]
    /// The area's real-time AQI for each hour 01时…24时 (nil where it is NA).
    public let hourly: [ChinaIndex]
    public let averaging: CityAveraging
}

/// How a city's (or county's) daily concentrations are formed (aqi-standards.md §4.4; A3).
public enum CityAveraging: String, Sendable, Hashable, Codable {
    /// The default: each hour, the mean of the assessment stations' valid values; then the
    /// daily statistics of that city series.
    case hourlyFirst = "hourly-first"
    /// The alternative behind a flag: the mean of the stations' own daily statistics.
    case stationDailyFirst = "station-daily-first"
}

/// One station's input to a daily report.
public struct StationHours: Sendable {
    public let code: StationCode
    public let name: String
    public let isAssessment: Bool
    public let coverage: MonitoringCoverage
    public let hours: [Pollutant: PollutantHours]

    public init(
        code: StationCode, name: String, isAssessment: Bool, coverage: MonitoringCoverage = .full,
        hours: [Pollutant: PollutantHours]
    ) {
        self.code = code
        self.name = name
        self.isAssessment = isAssessment
        self.coverage = coverage
        self.hours = hours
    }
}
