import AQI
import Testing

@Suite struct DailyReportTests {
    func station(
        _ code: String, assessment: Bool = true, coverage: MonitoringCoverage = .full,
        _ hours: [Pollutant: PollutantHours]
    ) -> StationHours {
        StationHours(code: StationCode(code)!, name: code, isAssessment: assessment, coverage: coverage, hours: hours)
    }

    /// aqi-standards.md §4.4: the city is the mean of its assessment stations; control stations
    /// (对照点) are left out, and the city AQI is not the mean of station AQIs.
    @Test func controlStationsAreLeftOutOfTheCity() {
        let report = DailyReport(
            areaCode: "532601", areaName: "文山市", date: DayFixtures.day, standard: .hj633_2026,
            stations: [
                station("A", DayFixtures.station(pm2_5: 30)), station("B", DayFixtures.station(pm2_5: 50)),
                station("C", assessment: false, DayFixtures.station(pm2_5: 400)),
            ],
            areaCoverage: .full)
        #expect(report.area.statistic(.pm2_5_24h)?.rounded?.description == "40")
        #expect(report.stations.map(\.code) == ["A", "B", "C"])
        #expect(report.stations[2].index.aqi == 434)  // 400 + 100·50/150 = 433.3 → 434
        #expect(report.area.index.aqi == 60)  // PM2.5 40: 50 + 50·5/25 = 60
    }

    /// HJ 633—2026 §5.3.1: with PM2.5 missing and the rest ≤ 100, the AQI is NA; §5.3.2: a
    /// pollutant the plan does not monitor, with the exemption, does not block publication.
    @Test func missingDataRuleAndItsExemption() {
        var hours = DayFixtures.station()
        hours[.pm2_5] = DayFixtures.hours(Array(repeating: nil, count: 24), flag: .fault)
        let na = DailyReport(
            areaCode: "X", areaName: "X", date: DayFixtures.day, standard: .hj633_2026,
            stations: [station("A", hours)], areaCoverage: .full)
        #expect(na.area.index.aqi == nil)
        #expect(na.area.index.aqiComputed == 40)
        #expect(na.area.index.missingIndicators == [.pm2_5_24h])
        #expect(
            na.area.statistic(.pm2_5_24h)?.invalidReason == .tooFewHours(valid: 0, required: 20, flagged: [.fault: 24]))

        hours[.pm2_5] = nil
        let exempt = MonitoringCoverage(notMonitored: [.pm2_5], exempt: [.pm2_5])
        let published = DailyReport(
            areaCode: "X", areaName: "X", date: DayFixtures.day, standard: .hj633_2026,
            stations: [station("A", coverage: exempt, hours)], areaCoverage: exempt)
        #expect(published.area.index.aqi == 40)
        #expect(published.area.index.notMonitoredIndicators == [.pm2_5_24h])
        #expect(published.area.statistic(.pm2_5_24h)?.invalidReason == .notMonitored)

        let notExempt = MonitoringCoverage(notMonitored: [.pm2_5])
        let stillNA = DailyReport(
            areaCode: "X", areaName: "X", date: DayFixtures.day, standard: .hj633_2026,
            stations: [station("A", coverage: notExempt, hours)], areaCoverage: notExempt)
        #expect(stillNA.area.index.aqi == nil)
    }

    /// The same day under both standards: a daily PM2.5 of 70 is 轻度污染 under 2026, 良 under 2012.
    @Test func pm70IsLightlyPollutedIn2026AndGoodIn2012() {
        let hours = DayFixtures.station(pm2_5: 70)
        let r26 = DailyReport(
            areaCode: "X", areaName: "X", date: DayFixtures.day, standard: .hj633_2026,
            stations: [station("A", hours)], areaCoverage: .full)
        let r12 = DailyReport(
            areaCode: "X", areaName: "X", date: DayFixtures.day, standard: .hj633_2012,
            stations: [station("A", hours)], areaCoverage: .full)
        #expect(r26.area.index.aqi == 110 && r26.area.index.level?.category == "轻度污染")
        #expect(r12.area.index.aqi == 94 && r12.area.index.level?.category == "良")
        #expect(r26.area.statistics.count == 6 && r12.area.statistics.count == 7)
    }

    @Test func theHourlyCurveHasTwentyFourRealTimeIndexes() {
        let r = DailyReport(
            areaCode: "X", areaName: "X", date: DayFixtures.day, standard: .hj633_2026,
            stations: [station("A", DayFixtures.station(pm2_5: 80))], areaCoverage: .full)
        #expect(r.hourly.count == 24)
        #expect(r.hourly.allSatisfy { $0.aqi == 119 && $0.indicatorSet.report == .realtime })
    }

    /// The alternative averaging (a flag; aqi-standards.md §4.4) means the stations' daily values.
    @Test func stationDailyFirstAveraging() {
        var a = DayFixtures.station(pm2_5: 30)
        a[.pm2_5] = DayFixtures.constant(30, count: 20)
        let r = DailyReport(
            areaCode: "X", areaName: "X", date: DayFixtures.day, standard: .hj633_2026,
            stations: [station("A", a), station("B", DayFixtures.station(pm2_5: 51))],
            areaCoverage: .full, averaging: .stationDailyFirst)
        #expect(r.area.statistic(.pm2_5_24h)?.value == Rational(81, 2))
    }
}
