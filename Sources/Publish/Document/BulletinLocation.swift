import AQI

/// One row of a bulletin, the area's or a station's: the published index and each indicator.
public struct BulletinLocation: Sendable, Hashable {
    /// A station code, or the area code for the area's row.
    public var code: String
    public var name: String
    /// An assessment station (城市评价点) as opposed to a control station (对照点).
    public var isAssessment: Bool
    /// The published AQI; nil is "NA" (HJ 633—2026 §5.3.1, or no indicator at all).
    public var aqi: Int?
    /// The maximum IAQI of the available indicators, published or not.
    public var aqiComputed: Int?
    /// Indicators whose IAQI equals the AQI when AQI > 50; [] when AQI ≤ 50; nil when NA.
    public var primaryIndicators: [Indicator]?
    /// Pollutants with an IAQI above 100 (2012: 超标污染物; 2026: sensitive-group advice).
    public var iaqiOver100: [Pollutant]
    /// Indicators without a valid value that count as missing (HJ 633—2026 §5.3.1).
    public var missingIndicators: [Indicator]
    /// The special rules of HJ 633 that changed an IAQI, in their vector wording.
    public var rulesApplied: [String]
    /// The report's indicators in table order.
    public var indicators: [BulletinIndicator]

    public init(
        code: String, name: String, isAssessment: Bool, aqi: Int?, aqiComputed: Int?, primaryIndicators: [Indicator]?,
        iaqiOver100: [Pollutant], missingIndicators: [Indicator], rulesApplied: [String],
        indicators: [BulletinIndicator]
    ) {
        self.code = code
        self.name = name
        self.isAssessment = isAssessment
        self.aqi = aqi
        self.aqiComputed = aqiComputed
        self.primaryIndicators = primaryIndicators
        self.iaqiOver100 = iaqiOver100
        self.missingIndicators = missingIndicators
        self.rulesApplied = rulesApplied
        self.indicators = indicators
    }

    public var level: AirQualityLevel? { aqi.map(AirQualityLevel.init(aqi:)) }

    /// The primary pollutants in canonical order (SO2, NO2, CO, O3, PM10, PM2.5).
    public var primaryPollutants: [Pollutant]? {
        primaryIndicators.map { Set($0.map(\.pollutant)).sorted() }
    }

    public func indicator(_ indicator: Indicator) -> BulletinIndicator? {
        indicators.first { $0.indicator == indicator }
    }

    /// Hours with valid values, the least over the monitored indicators (as `LocationDay`).
    public var validHours: Int {
        indicators.filter { $0.invalidReason != .notMonitored }.map(\.validHours).min() ?? 0
    }

    /// True when any reading existed for the day (a monitored day, 监测天数).
    public var monitored: Bool {
        indicators.contains { $0.invalidReason != .noData && $0.invalidReason != .notMonitored }
    }
}

/// One indicator of one row: the exact statistic, the published concentration and IAQI, or why
/// there is none.
public struct BulletinIndicator: Sendable, Hashable {
    public var indicator: Indicator
    /// The exact daily statistic (a mean or a maximum); nil when invalid.
    public var exact: Rational?
    /// The concentration as published: `exact` rounded by GB/T 8170 (integers; CO one decimal).
    public var concentration: ExactDecimal?
    /// The IAQI; nil when the concentration is NA or "/".
    public var iaqi: Int?
    /// Hours of the day with a valid value (for O3_8H: hours in the 24).
    public var validHours: Int
    /// For O3_8H, the valid 8-h windows among the 17.
    public var validWindows: Int?
    /// Why there is no value.
    public var invalidReason: InvalidReason?

    public init(
        indicator: Indicator, exact: Rational?, concentration: ExactDecimal?, iaqi: Int?, validHours: Int,
        validWindows: Int?, invalidReason: InvalidReason?
    ) {
        self.indicator = indicator
        self.exact = exact
        self.concentration = concentration
        self.iaqi = iaqi
        self.validHours = validHours
        self.validWindows = validWindows
        self.invalidReason = invalidReason
    }

    /// "/" rather than "NA": the monitoring plan does not cover the pollutant (Tables 4–5 notes).
    public var isNotMonitored: Bool { invalidReason == .notMonitored }
}

/// One hour of the area's real-time index (HJ 633—2026 §4.2.3).
public struct BulletinHour: Sendable, Hashable {
    /// The hour label 1 … 24 ("24时" ends at the next day's 00:00).
    public var hour: Int
    /// The real-time AQI; nil is "NA".
    public var aqi: Int?
    /// Nil when NA; [] when AQI ≤ 50.
    public var primaryPollutants: [Pollutant]?

    public init(hour: Int, aqi: Int?, primaryPollutants: [Pollutant]?) {
        self.hour = hour
        self.aqi = aqi
        self.primaryPollutants = primaryPollutants
    }

    public var level: AirQualityLevel? { aqi.map(AirQualityLevel.init(aqi:)) }
}
