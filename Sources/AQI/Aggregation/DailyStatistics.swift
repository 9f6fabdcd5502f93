/// The statistics of one natural day from hourly means (GB 3095—2026 §3, Table 4;
/// HJ 663—2013 Appendix A; aqi-standards.md §4.2–§4.3).
public enum DailyStatistics {
    /// The statistic of one daily-report indicator for day D.
    public static func statistic(_ indicator: Indicator, _ hours: PollutantHours?) -> IndicatorStatistic {
        guard let hours, hours.hoursWithReadings > 0 else {
            return IndicatorStatistic(
                indicator: indicator, value: nil, validHours: 0, validWindows: nil, invalidReason: .noData)
        }
        switch indicator {
        case .o3_8h: return o3DailyMaxEightHour(hours)
        case .o3_1h: return o3DailyMaxOneHour(hours)
        default: return dailyMean(indicator, hours)
        }
    }

    /// 日平均: the mean of the day's valid hourly means, valid with ≥ 20 of them.
    static func dailyMean(_ indicator: Indicator, _ hours: PollutantHours) -> IndicatorStatistic {
        // One pass, no array (the daily pipeline's profile): most days hold means of one station count.
        var sum = Int128(0)
        var n = 0
        var count: Int32 = 0
        var sameCount = true
        for case let v? in hours.day {
            if n == 0 { count = v.count } else if v.count != count { sameCount = false }
            sum += Int128(v.milliSum)
            n += 1
        }
        let required = ValidityRules.minimumHoursForDailyMean
        guard n >= required else {
            return IndicatorStatistic(
                indicator: indicator, value: nil, validHours: n, validWindows: nil,
                invalidReason: .tooFewHours(valid: n, required: required, flagged: hours.flaggedHours))
        }
        let mean =
            sameCount ? Rational(sum, Int128(count) * 1000 * Int128(n)) : HourlyMean.mean(hours.day.compactMap { $0 })
        return IndicatorStatistic(
            indicator: indicator, value: mean, validHours: n, validWindows: nil, invalidReason: nil)
    }

    /// 日最大8小时平均: the maximum of the 8-h means labelled 08时…24时 of the day, i.e. the 17
    /// windows [00–08) … [16–24) (HJ 663—2013 Appendix A, `max_{t=8..24}`). A window needs ≥ 6
    /// valid hours and averages those; the day needs ≥ 14 valid windows unless its maximum
    /// exceeds 160 µg/m³ (HJ 663 §6.1.2; A3).
    static func o3DailyMaxEightHour(_ hours: PollutantHours) -> IndicatorStatistic {
        var best: Rational?
        var windows = 0
        for label in 8...24 {
            let end = PollutantHours.dayStart + label  // exclusive
            guard
                let mean = movingMean(
                    hours.slots, endingBefore: end, length: 8,
                    minimum: ValidityRules.minimumHoursForEightHourMean)
            else { continue }
            windows += 1
            if best.map({ mean > $0 }) ?? true { best = mean }
        }
        let validHours = hours.validHoursOfDay
        let required = ValidityRules.minimumWindowsForO3DailyMax
        let exceeds =
            best.map {
                $0.rounded(toDecimals: 0, .halfEven) > ExactDecimal(ValidityRules.o3EightHourLimit)
            } ?? false
        guard windows >= required || exceeds else {
            let reason: InvalidReason =
                validHours < ValidityRules.minimumHoursForDailyMean && !hours.flaggedHours.isEmpty
                ? .tooFewHours(
                    valid: validHours, required: ValidityRules.minimumHoursForDailyMean, flagged: hours.flaggedHours)
                : .tooFewWindows(valid: windows, required: required)
            return IndicatorStatistic(
                indicator: .o3_8h, value: nil, validHours: validHours, validWindows: windows, invalidReason: reason)
        }
        return IndicatorStatistic(
            indicator: .o3_8h, value: best, validHours: validHours, validWindows: windows, invalidReason: nil)
    }

    /// 日最大1小时平均 (HJ 633—2012 daily report): the day's highest valid hourly mean; valid
    /// with ≥ 20 valid hours or above the 1-h limit (ValidityRules.o3OneHourLimit).
    static func o3DailyMaxOneHour(_ hours: PollutantHours) -> IndicatorStatistic {
        var best: Rational?
        var valid = 0
        for case let v? in hours.day {
            valid += 1
            let r = v.rational
            if best.map({ r > $0 }) ?? true { best = r }
        }
        let exceeds =
            best.map { $0.rounded(toDecimals: 0, .halfEven) > ExactDecimal(ValidityRules.o3OneHourLimit) } ?? false
        let required = ValidityRules.minimumHoursForDailyMean
        guard valid >= required || exceeds else {
            return IndicatorStatistic(
                indicator: .o3_1h, value: nil, validHours: valid, validWindows: nil,
                invalidReason: .tooFewHours(valid: valid, required: required, flagged: hours.flaggedHours))
        }
        return IndicatorStatistic(
            indicator: .o3_1h, value: best, validHours: valid, validWindows: nil, invalidReason: nil)
    }

    /// The mean of the valid values in `slots[end − length ..< end]`, nil with fewer than `minimum`.
    public static func movingMean(_ slots: [HourlyMean?], endingBefore end: Int, length: Int, minimum: Int) -> Rational?
    {
        guard end - length >= 0, end <= slots.count else { return nil }
        // One pass, no array: most windows hold means of the same station count.
        var sum = Int128(0)
        var n = 0
        var count: Int32 = 0
        var sameCount = true
        for k in (end - length)..<end {
            guard let v = slots[k] else { continue }
            if n == 0 { count = v.count } else if v.count != count { sameCount = false }
            sum += Int128(v.milliSum)
            n += 1
        }
        guard n >= minimum, n > 0 else { return nil }
        if sameCount { return Rational(sum, Int128(count) * 1000 * Int128(n)) }
        return HourlyMean.mean(slots[(end - length)..<end].compactMap { $0 })
    }
}
