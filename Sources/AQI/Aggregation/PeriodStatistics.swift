/// Monthly or annual statistics of one location (the bureau's monthly post; the national
/// monthly reports): days, levels, 优良天数比例, concentrations and the composite index.
public struct PeriodStatistics: Sendable {
    public let first: LocalDate
    public let last: LocalDate
    /// Calendar days in the period.
    public let calendarDays: Int
    /// Days with any reading (监测天数).
    public let daysMonitored: Int
    /// Days with a published AQI (有效天数).
    public let daysValid: Int
    /// Valid days per level 1…6 (index 0 is level 1).
    public let daysPerLevel: [Int]
    /// 优良天数比例 = days of level 1–2 / valid days; nil without valid days.
    public let goodRate: Rational?
    /// Per pollutant: SO2, NO2, PM10, PM2.5 and CO the mean of the daily means; O3 the mean of
    /// the daily maxima 8-h (GB 3095—2026 §3.11–3.13).
    public let means: [Pollutant: PeriodValue]
    /// The 95th percentile of the CO daily means, as the national reports state CO.
    public let coPercentile95: PeriodValue?
    /// The 90th percentile of the O3 daily maxima 8-h, as the national reports state O3.
    public let o3Percentile90: PeriodValue?
    /// 环境空气质量综合指数: Σ value/limit over the six (see `CompositeIndex`).
    public let compositeIndex: CompositeIndex?
    /// Days of level 3 or worse, in date order.
    public let pollutedDays: [DaySummary]

    public var goodDays: Int { daysPerLevel[0] + daysPerLevel[1] }

    /// - Parameter days: the location's days in [first, last]; days outside are ignored and
    ///   missing days count as not monitored.
    public init(first: LocalDate, last: LocalDate, days: [DaySummary]) {
        let inPeriod = days.filter { $0.date >= first && $0.date <= last }
        self.first = first
        self.last = last
        calendarDays = last.dayNumber - first.dayNumber + 1
        daysMonitored = inPeriod.filter(\.monitored).count
        let valid = inPeriod.filter { $0.aqi != nil }
        daysValid = valid.count
        var perLevel = [Int](repeating: 0, count: 6)
        for d in valid { perLevel[d.level!.number - 1] += 1 }
        daysPerLevel = perLevel
        goodRate = valid.isEmpty ? nil : Rational(Int128(perLevel[0] + perLevel[1]), Int128(valid.count))

        let required = PeriodStatistics.requiredDays(first: first, last: last)
        var means: [Pollutant: PeriodValue] = [:]
        for p in Pollutant.allCases {
            let values = inPeriod.compactMap { $0.values[p] }
            guard !values.isEmpty else { continue }
            means[p] = PeriodValue(
                value: values.reduce(.zero, +) / values.count, days: values.count, requiredDays: required)
        }
        self.means = means
        let co = inPeriod.compactMap { $0.values[.co] }
        coPercentile95 = Percentile.of(co, percent: 95).map {
            PeriodValue(value: $0, days: co.count, requiredDays: required)
        }
        let o3 = inPeriod.compactMap { $0.values[.o3] }
        o3Percentile90 = Percentile.of(o3, percent: 90).map {
            PeriodValue(value: $0, days: o3.count, requiredDays: required)
        }
        compositeIndex = CompositeIndex(
            means: means, coPercentile95: coPercentile95, o3Percentile90: o3Percentile90,
            limits: .inForce(on: last))
        pollutedDays = valid.filter { $0.level!.number >= 3 }.sorted { $0.date < $1.date }
    }

    /// GB 3095—2026 Table 4: ≥ 27 daily values in a month (25 in February), ≥ 324 in a year;
    /// other spans: none.
    static func requiredDays(first: LocalDate, last: LocalDate) -> Int? {
        if first == first.firstOfMonth, last == first.lastOfMonth {
            return ValidityRules.minimumDaysForMonthlyMean(month: first.month)
        }
        if first.month == 1, first.day == 1, last.month == 12, last.day == 31, first.year == last.year {
            return ValidityRules.minimumDaysForAnnualMean
        }
        return nil
    }
}

/// A period statistic with the number of daily values behind it.
public struct PeriodValue: Sendable, Hashable {
    public let value: Rational
    public let days: Int
    /// The days GB 3095 Table 4 requires for the period, when it sets a number.
    public let requiredDays: Int?

    /// True when the statistic meets the Table 4 count (or no count applies).
    public var isComplete: Bool { requiredDays.map { days >= $0 } ?? true }
}
