import AQI
import Testing

/// GB 3095—2026 Table 4 and HJ 663 §6.1.2 as the core applies them (aqi-standards.md §4.2–4.3).
@Suite struct DailyStatisticsTests {
    @Test func aDailyMeanNeedsTwentyValidHours() {
        let twenty = DailyStatistics.statistic(.pm2_5_24h, DayFixtures.constant(50, count: 20))
        #expect(twenty.rounded?.description == "50" && twenty.validHours == 20)
        let nineteen = DailyStatistics.statistic(
            .pm2_5_24h,
            DayFixtures.hours(Array(repeating: 50, count: 19) + [nil, nil, nil, nil, nil], flag: .maintenance))
        #expect(nineteen.value == nil)
        #expect(nineteen.invalidReason == .tooFewHours(valid: 19, required: 20, flagged: [.maintenance: 5]))
        #expect(nineteen.invalidReason?.dominantFlag?.flag == .maintenance)
        #expect(DailyStatistics.statistic(.pm2_5_24h, nil).invalidReason == .noData)
    }

    /// Only flag N counts toward averages; a flagged value is kept out of the mean.
    @Test func flaggedValuesDoNotCount() {
        var obs = [Observation](repeating: .absent, count: PollutantHours.slotCount)
        for i in 0..<24 { obs[24 + i] = Observation(value: Concentration(milli: 10_000), flag: .normal) }
        obs[30] = Observation(value: Concentration(milli: 900_000), flag: .calibration)
        let s = DailyStatistics.statistic(.so2_24h, PollutantHours(observations: obs))
        #expect(s.validHours == 23)
        #expect(s.value == Rational(10))
    }

    /// The O3 daily max 8-h is the best of the windows labelled 08…24 (17 windows inside the day).
    @Test func o3DailyMaxUsesTheSeventeenWindowsInsideTheDay() {
        // Hours 1–8 high, the rest low: the window ending 08时 is the maximum.
        var v: [Double?] = Array(repeating: 20, count: 24)
        for i in 0..<8 { v[i] = 120 }
        let s = DailyStatistics.statistic(.o3_8h, DayFixtures.hours(v))
        #expect(s.value == Rational(120))
        #expect(s.validWindows == 17)
    }

    @Test func aWindowNeedsSixHoursAndTheDayFourteenWindows() {
        // Hours 13–24 missing: only the windows ending 08…14时 keep ≥ 6 valid hours (7 windows).
        let v: [Double?] = Array(repeating: 100, count: 12) + Array(repeating: nil, count: 12)
        let s = DailyStatistics.statistic(.o3_8h, DayFixtures.hours(v))
        #expect(s.validWindows == 7)
        #expect(s.value == nil)
        #expect(s.invalidReason == .tooFewWindows(valid: 7, required: 14))
    }

    @Test func fewWindowsAreStillValidWhenTheMaximumExceedsTheLimit() {
        // Same gap, but 200 µg/m³ exceeds 160 (HJ 663 §6.1.2 exception).
        let v: [Double?] = Array(repeating: 200, count: 12) + Array(repeating: nil, count: 12)
        let s = DailyStatistics.statistic(.o3_8h, DayFixtures.hours(v))
        #expect(s.validWindows == 7)
        #expect(s.value == Rational(200))
        // 160 itself does not exceed.
        let at = DailyStatistics.statistic(
            .o3_8h, DayFixtures.hours(Array(repeating: 160, count: 12) + Array(repeating: nil, count: 12)))
        #expect(at.value == nil)
    }

    /// A window averages its valid hours: the divisor is their number, not 8.
    @Test func aWindowAveragesItsValidHours() {
        var v: [Double?] = Array(repeating: 10, count: 24)
        v[16] = nil
        v[17] = nil  // 17时, 18时
        v[18] = 100
        v[19] = 100
        v[20] = 100
        v[21] = 100
        v[22] = 100
        v[23] = 100
        let s = DailyStatistics.statistic(.o3_8h, DayFixtures.hours(v))
        // Window ending 24时: hours 17–24 → six valid values of 100.
        #expect(s.value == Rational(100))
    }
}
