/// One location's day in a daily report: its statistics and its index.
public struct LocationDay: Sendable {
    /// A station code, or the area code for the city row.
    public let code: String
    public let name: String
    /// An assessment station (城市评价点) as opposed to a control station (对照点).
    public let isAssessment: Bool
    /// The report's indicators, in table order.
    public let statistics: [IndicatorStatistic]
    public let index: ChinaIndex

    public func statistic(_ indicator: Indicator) -> IndicatorStatistic? {
        statistics.first { $0.indicator == indicator }
    }

    /// Hours with valid values, taken as the least over the daily-mean indicators: the figure
    /// that decides whether the day is complete (≥ 20 of 24).
    public var validHours: Int {
        statistics.filter { $0.invalidReason != .notMonitored }.map(\.validHours).min() ?? 0
    }

    /// Computes the day from the location's hourly series.
    public init(
        code: String, name: String, isAssessment: Bool, hours: [Pollutant: PollutantHours],
        set: ChinaIndicatorSet, coverage: MonitoringCoverage
    ) {
        var statistics: [IndicatorStatistic] = []
        var values: [Indicator: ExactDecimal] = [:]
        for indicator in set.indicators {
            let stat: IndicatorStatistic
            if coverage.notMonitored.contains(indicator.pollutant) {
                stat = IndicatorStatistic(
                    indicator: indicator, value: nil, validHours: 0, validWindows: nil, invalidReason: .notMonitored)
            } else {
                stat = DailyStatistics.statistic(indicator, hours[indicator.pollutant])
            }
            statistics.append(stat)
            if let r = stat.rounded { values[indicator] = r }
        }
        self.init(
            code: code, name: name, isAssessment: isAssessment, statistics: statistics,
            index: ChinaIndex(set, values: values, roundInputs: false, coverage: coverage))
    }

    public init(code: String, name: String, isAssessment: Bool, statistics: [IndicatorStatistic], index: ChinaIndex) {
        self.code = code
        self.name = name
        self.isAssessment = isAssessment
        self.statistics = statistics
        self.index = index
    }
}
