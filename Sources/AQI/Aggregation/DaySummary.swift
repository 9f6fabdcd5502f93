/// What monthly and annual statistics need of one day at one location.
public struct DaySummary: Sendable, Hashable {
    public let date: LocalDate
    public let standard: Standard
    /// The published AQI; nil when the day is NA or had no data.
    public let aqi: Int?
    /// Primary pollutants (empty when AQI ≤ 50; nil when NA).
    public let primaryPollutants: [Pollutant]?
    /// True when any reading existed for the day (a monitored day).
    public let monitored: Bool
    /// The day's exact statistic per pollutant: daily means, and for O3 the daily max 8-h mean.
    public let values: [Pollutant: Rational]

    public init(
        date: LocalDate, standard: Standard, aqi: Int?, primaryPollutants: [Pollutant]?, monitored: Bool,
        values: [Pollutant: Rational]
    ) {
        self.date = date
        self.standard = standard
        self.aqi = aqi
        self.primaryPollutants = primaryPollutants
        self.monitored = monitored
        self.values = values
    }

    public init(_ report: DailyReport) {
        let area = report.area
        var values: [Pollutant: Rational] = [:]
        for s in area.statistics where s.indicator != .o3_1h {
            if let v = s.value { values[s.indicator.pollutant] = v }
        }
        self.init(
            date: report.date, standard: report.standard, aqi: area.index.aqi,
            primaryPollutants: area.index.primaryPollutants,
            monitored: area.statistics.contains { $0.invalidReason != .noData && $0.invalidReason != .notMonitored },
            values: values)
    }

    public var level: AirQualityLevel? { aqi.map(AirQualityLevel.init(aqi:)) }

    /// The daily indicator of a pollutant (O3: the daily max 8-h mean).
    public static func indicator(of pollutant: Pollutant) -> Indicator {
        switch pollutant {
        case .so2: .so2_24h
        case .no2: .no2_24h
        case .co: .co_24h
        case .o3: .o3_8h
        case .pm10: .pm10_24h
        case .pm2_5: .pm2_5_24h
        }
    }
}
