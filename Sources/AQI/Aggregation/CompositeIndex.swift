/// 环境空气质量综合指数: the sum over the six pollutants of the period value divided by its
/// grade-II limit — annual limits for SO2, NO2, PM10 and PM2.5 means, the daily limits for the
/// CO 95th and O3 90th percentiles (peers-and-disclosure.md §1.3). Unweighted: the weighted
/// variant attributed to HJ 663—2026 is unverified (aqi-standards.md §4.6).
public struct CompositeIndex: Sendable, Hashable {
    public let value: Rational
    /// Each pollutant's share, value / limit.
    public let parts: [Pollutant: Rational]
    public let limits: GradeTwoLimits

    init?(
        means: [Pollutant: PeriodValue], coPercentile95: PeriodValue?, o3Percentile90: PeriodValue?,
        limits: GradeTwoLimits
    ) {
        var parts: [Pollutant: Rational] = [:]
        for p in [Pollutant.so2, .no2, .pm10, .pm2_5] {
            guard let m = means[p] else { return nil }
            parts[p] = m.value / limits.limit(p)
        }
        guard let co = coPercentile95, let o3 = o3Percentile90 else { return nil }
        parts[.co] = co.value / limits.limit(.co)
        parts[.o3] = o3.value / limits.limit(.o3)
        self.parts = parts
        self.value = parts.values.reduce(.zero, +)
        self.limits = limits
    }
}

/// The grade-II limits the composite index divides by (aqi-standards.md §4.7).
public struct GradeTwoLimits: Sendable, Hashable {
    public let name: String
    let annualSO2, annualNO2, annualPM10, annualPM2_5: Int
    /// mg/m³
    let dailyCO: Int
    let o3EightHour: Int

    /// GB 3095—2012 (with its 2018 amendment).
    public static let gb3095_2012 = GradeTwoLimits(
        name: "GB 3095—2012", annualSO2: 60, annualNO2: 40, annualPM10: 70,
        annualPM2_5: 35, dailyCO: 4, o3EightHour: 160)
    /// GB 3095—2026 transitional limits, 2026-03-01 … 2030-12-31.
    public static let gb3095_2026Transitional = GradeTwoLimits(
        name: "GB 3095—2026（过渡阶段）", annualSO2: 60, annualNO2: 40,
        annualPM10: 60, annualPM2_5: 30, dailyCO: 4, o3EightHour: 160)
    /// GB 3095—2026 final limits from 2031-01-01.
    public static let gb3095_2026Final = GradeTwoLimits(
        name: "GB 3095—2026", annualSO2: 20, annualNO2: 30,
        annualPM10: 50, annualPM2_5: 25, dailyCO: 4, o3EightHour: 160)

    /// The limits in force on a date; a period is judged by the limits in force on its last day.
    public static func inForce(on date: LocalDate) -> GradeTwoLimits {
        if date >= LocalDate(year: 2031, month: 1, day: 1) { return gb3095_2026Final }
        if date >= Standard.hj633_2026EffectiveDate { return gb3095_2026Transitional }
        return gb3095_2012
    }

    public func limit(_ p: Pollutant) -> Rational {
        switch p {
        case .so2: Rational(Int128(annualSO2))
        case .no2: Rational(Int128(annualNO2))
        case .pm10: Rational(Int128(annualPM10))
        case .pm2_5: Rational(Int128(annualPM2_5))
        case .co: Rational(Int128(dailyCO))
        case .o3: Rational(Int128(o3EightHour))
        }
    }
}
