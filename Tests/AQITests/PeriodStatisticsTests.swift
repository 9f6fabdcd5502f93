import AQI
import Testing

@Suite struct PeriodStatisticsTests {
    /// HJ 663—2013: k = 1 + (n−1)p/100, X_p = X(s) + (X(s+1) − X(s))(k − s).
    @Test func percentileInterpolatesBetweenRanks() {
        let v = (1...10).map { Rational(Int128($0)) }
        #expect(Percentile.of(v, percent: 90) == Rational(91, 10))  // k = 9.1
        #expect(Percentile.of(v, percent: 95) == Rational(191, 20))  // k = 9.55
        #expect(Percentile.of([Rational(7)], percent: 95) == Rational(7))
        #expect(Percentile.of([], percent: 95) == nil)
    }

    func day(_ d: Int, aqi: Int?, pm: Int = 30, co: Rational = Rational(1, 2), o3: Int = 100) -> DaySummary {
        DaySummary(
            date: LocalDate(year: 2025, month: 4, day: d), standard: .hj633_2012, aqi: aqi,
            primaryPollutants: aqi.map { $0 > 50 ? [.pm2_5] : [] }, monitored: true,
            values: [
                .so2: Rational(6), .no2: Rational(20), .co: co, .o3: Rational(Int128(o3)), .pm10: Rational(35),
                .pm2_5: Rational(Int128(pm)),
            ])
    }

    @Test func aMonthOfDays() {
        var days = (1...28).map { day($0, aqi: $0 <= 20 ? 40 : 80) }
        days.append(day(29, aqi: 120, pm: 90))
        days.append(day(30, aqi: nil))
        let s = PeriodStatistics(
            first: LocalDate(year: 2025, month: 4, day: 1), last: LocalDate(year: 2025, month: 4, day: 30), days: days)
        #expect(s.calendarDays == 30 && s.daysMonitored == 30 && s.daysValid == 29)
        #expect(s.daysPerLevel == [20, 8, 1, 0, 0, 0])
        #expect(s.goodRate == Rational(28, 29))
        #expect(s.pollutedDays.map(\.date.day) == [29])
        #expect(s.means[.pm2_5]?.value == Rational(30 * 29 + 90, 30))  // the NA day's valid means count too
        #expect(s.means[.pm2_5]?.isComplete == true)
        #expect(s.coPercentile95?.value == Rational(1, 2))
        // 6/60 + 20/40 + 36.0/70 (PM10 mean 35) …: all parts over GB 3095—2012 limits (April 2025).
        #expect(s.compositeIndex?.limits == .gb3095_2012)
        #expect(s.compositeIndex?.parts[.so2] == Rational(1, 10))
    }

    @Test func aShortMonthIsFlaggedIncomplete() {
        let days = (1...10).map { day($0, aqi: 40) }
        let s = PeriodStatistics(
            first: LocalDate(year: 2025, month: 4, day: 1), last: LocalDate(year: 2025, month: 4, day: 30), days: days)
        #expect(s.means[.pm2_5]?.isComplete == false)
        #expect(s.means[.pm2_5]?.requiredDays == 27)
        #expect(s.daysMonitored == 10)
    }
}
