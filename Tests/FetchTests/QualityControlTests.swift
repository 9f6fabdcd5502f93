import AQI
import Fetch
import Testing

@Suite struct QualityControlTests {
    static let a = StationCode("2610A")!
    static let b = StationCode("2611A")!
    static let qc = QualityControl.standard

    /// Hour `n` after 2025-01-15 00:00 China Standard Time (n = 1 is "01时").
    func hour(_ n: Int) -> HourStamp {
        HourStamp(date: LocalDate(year: 2025, month: 1, day: 15), endingAt: 0).adding(hours: n)
    }

    func r(
        _ p: Pollutant, _ n: Int, _ value: String?, _ flag: ReadingFlag = .normal,
        station: StationCode = QualityControlTests.a
    ) -> Reading {
        let c = value.map { Concentration(try! ExactDecimal(parsing: $0))! }
        return Reading(station: station, pollutant: p, hour: hour(n), value: c, flag: flag)
    }

    /// `count` hourly values from hour `first`.
    func run(_ p: Pollutant, _ value: String, hours first: Int, count: Int) -> [Reading] {
        (first..<(first + count)).map { r(p, $0, value) }
    }

    // MARK: - Sentinels and impossible values

    @Test func sentinelsNegativeAndImpossibleValuesAreMarkedAndKept() {
        let input = [
            r(.pm10, 1, "-999"), r(.pm10, 2, "-99"), r(.pm10, 3, "-9999"), r(.so2, 4, "9999"), r(.co, 5, "99999"),
            r(.so2, 6, "-1"), r(.no2, 7, "-0.4"), r(.pm10, 8, "10000.001"), r(.co, 9, "200.1"), r(.o3, 10, "2001"),
            // Plausible: a dust storm's PM10 (6,450 µg/m³ in March 2021), the top of each range, zero.
            r(.pm10, 11, "6450"), r(.pm10, 12, "10000"), r(.co, 13, "200"), r(.so2, 14, "0"),
            // Already flagged upstream: left as it is.
            r(.pm10, 15, "-999", .maintenance),
        ]
        let (out, report) = Self.qc.screen(input)
        #expect(
            out.map(\.flag) == [
                .sentinel, .sentinel, .sentinel, .sentinel, .sentinel,
                .impossible, .impossible, .impossible, .impossible, .impossible,
                .normal, .normal, .normal, .normal, .maintenance,
            ])
        #expect(out.map(\.value) == input.map(\.value))
        #expect(report.summary == "QC: 10 flagged (5 impossible, 5 sentinel)")
        #expect(
            report.details == [
                "impossible: 5 (SO2 1, NO2 1, CO 1, O3 1, PM10 1)", "sentinel: 5 (SO2 1, CO 1, PM10 3)",
            ])
    }

    // MARK: - PM2.5 above PM10

    @Test func pm25AbovePM10BeyondTheToleranceMarksThePM25Value() {
        let input = [
            // 55 − 50 = 5, not more than 10 % of 50: rounding and instrument agreement.
            r(.pm2_5, 1, "55"), r(.pm10, 1, "50"),
            r(.pm2_5, 2, "56"), r(.pm10, 2, "50"),
            // At low concentrations the 2 µg/m³ floor of the tolerance decides.
            r(.pm2_5, 3, "7"), r(.pm10, 3, "5"),
            r(.pm2_5, 4, "8"), r(.pm10, 4, "5"),
            // An invalid or sentinel PM10 is no reference.
            r(.pm2_5, 5, "80"), r(.pm10, 5, "40", .calibration),
            r(.pm2_5, 6, "80"), r(.pm10, 6, "-999"),
            // Another station's PM10 is not compared.
            r(.pm2_5, 7, "80"), r(.pm10, 7, "40", station: Self.b),
        ]
        let (out, report) = Self.qc.screen(input)
        #expect(out.filter { $0.flag == .pm25AbovePM10 }.map(\.hour) == [hour(2), hour(4)])
        #expect(out[2].flag == .pm25AbovePM10 && out[3].flag == .normal)
        #expect(report.summary == "QC: 3 flagged (1 sentinel, 2 PM2.5>PM10)")
    }

    @Test func thePM10OfTheSameHourMayComeFromThePrecedingReadings() {
        let stored = [r(.pm10, 30, "40")]
        let (out, report) = Self.qc.screen([r(.pm2_5, 30, "60")], preceding: stored)
        #expect(out.map(\.flag) == [.pm25AbovePM10])
        #expect(report.count(.pm25AbovePM10, .pm2_5) == 1)
        // A batch reading replaces the stored one of the same hour.
        let corrected = Self.qc.screen([r(.pm2_5, 30, "60"), r(.pm10, 30, "70")], preceding: stored)
        #expect(corrected.readings.map(\.flag) == [.normal, .normal])
    }

    // MARK: - Stuck values

    @Test func twelveIdenticalHoursAboveTheFloorAreStuck() {
        let (out, report) = Self.qc.screen(run(.pm10, "45", hours: 1, count: 12) + [r(.pm10, 13, "46")])
        #expect(out.map(\.flag) == Array(repeating: .stuck, count: 12) + [.normal])
        #expect(report.summary == "QC: 12 flagged (12 stuck)")
        // Eleven are not.
        #expect(Self.qc.screen(run(.pm10, "45", hours: 1, count: 11)).report.total == 0)
        // The floor is inclusive: SO2 at 20 µg/m³ for 12 hours is stuck.
        #expect(Self.qc.screen(run(.so2, "20", hours: 1, count: 12)).report.count(.stuck) == 12)
    }

    @Test func cleanAirRunsBelowTheFloorAreNotStuck() {
        // Real runs in the Yunnan January 2025 data: SO2 8 µg/m³ for 43 hours (2619A),
        // CO 0.5 mg/m³ for 32 hours (3038A), PM2.5 3 µg/m³ for 27 hours (2883A).
        let input =
            run(.so2, "8", hours: 1, count: 43) + run(.co, "0.5", hours: 1, count: 32)
            + run(.pm2_5, "3", hours: 1, count: 27) + run(.co, "1.9", hours: 1, count: 30)
            + run(.no2, "19", hours: 1, count: 30)
        #expect(Self.qc.screen(input).report.summary == "QC: 0 flagged")
    }

    @Test func aMissingOrInvalidHourEndsARun() {
        let gap = run(.pm10, "45", hours: 1, count: 6) + run(.pm10, "45", hours: 8, count: 6)
        #expect(Self.qc.screen(gap).report.total == 0)
        let calibration =
            run(.pm10, "45", hours: 1, count: 6) + [r(.pm10, 7, "45", .calibration)]
            + run(.pm10, "45", hours: 8, count: 6)
        #expect(Self.qc.screen(calibration).report.total == 0)
        // A sentinel in the middle is marked itself and breaks the run.
        let sentinel =
            run(.pm10, "45", hours: 1, count: 6) + [r(.pm10, 7, "-999")]
            + run(.pm10, "45", hours: 8, count: 6)
        #expect(Self.qc.screen(sentinel).report.summary == "QC: 1 flagged (1 sentinel)")
    }

    @Test func aRunThatBeganInThePrecedingHoursIsSeen() {
        let stored = run(.pm2_5, "61", hours: 1, count: 8)
        let (out, report) = Self.qc.screen(run(.pm2_5, "61", hours: 9, count: 4), preceding: stored)
        // Only the batch is returned; the stored hours are read, not revised.
        #expect(out.map(\.hour) == (9...12).map { hour($0) })
        #expect(out.map(\.flag) == Array(repeating: .stuck, count: 4))
        #expect(report.summary == "QC: 4 flagged (4 stuck)")
        // A run already marked stuck by an earlier screening goes on being stuck.
        let marked = (1...20).map { r(.pm2_5, $0, "61", .stuck) }
        #expect(Self.qc.screen([r(.pm2_5, 21, "61")], preceding: marked).readings.map(\.flag) == [.stuck])
        #expect(Self.qc.screen([r(.pm2_5, 21, "62")], preceding: marked).readings.map(\.flag) == [.normal])
    }

    /// One hour at a time (an HJ 212 logger): the twelfth identical hour completes the run, and
    /// the eleven stored before it are returned marked, so that the whole run is stuck.
    @Test func theStoredHoursOfARunABatchCompletedAreReturnedMarked() {
        let stored =
            [r(.pm2_5, 1, "61", station: Self.b)] + [r(.pm2_5, 2, "60")] + run(.pm2_5, "61", hours: 3, count: 11)
            + [r(.pm10, 13, "70")]
        let screened = Self.qc.screen([r(.pm2_5, 14, "61")], preceding: stored).readings
        #expect(screened.map(\.flag) == [.stuck])
        let back = Self.qc.stuckHoursReachingBack(screened: screened, preceding: stored)
        // Hours 3…13 of 2610A's PM2.5: not hour 2 (another value), not 2611A's, not PM10.
        #expect(back.map(\.hour) == (3...13).reversed().map { hour($0) })
        #expect(back.allSatisfy { $0.flag == .stuck && $0.station == Self.a && $0.pollutant == .pm2_5 })
        #expect(back.allSatisfy { $0.value == Concentration(milli: 61_000) })
        // A run that is not stuck yet, or a stored hour already marked, gives nothing more.
        let eleven = Array(stored.dropLast(2))
        let notYet = Self.qc.screen([r(.pm2_5, 13, "61")], preceding: eleven).readings
        #expect(notYet.map(\.flag) == [.normal])
        #expect(Self.qc.stuckHoursReachingBack(screened: notYet, preceding: eleven).isEmpty)
        let marked = (1...20).map { r(.pm2_5, $0, "61", .stuck) }
        let next = Self.qc.screen([r(.pm2_5, 21, "61")], preceding: marked).readings
        #expect(Self.qc.stuckHoursReachingBack(screened: next, preceding: marked).isEmpty)
    }

    @Test func aStuckPM10IsNoReferenceForPM25() {
        let input = run(.pm10, "30", hours: 1, count: 12) + [r(.pm2_5, 12, "80")]
        let (out, report) = Self.qc.screen(input)
        #expect(out.last?.flag == .normal)
        #expect(report.summary == "QC: 12 flagged (12 stuck)")
    }

    // MARK: - The report

    @Test func reportsMergeAcrossFiles() {
        var total = Self.qc.screen([r(.pm10, 1, "-999"), r(.so2, 1, "-5")]).report
        total.merge(Self.qc.screen(run(.pm10, "45", hours: 1, count: 12) + [r(.pm10, 20, "-999")]).report)
        #expect(total.summary == "QC: 15 flagged (1 impossible, 2 sentinel, 12 stuck)")
        #expect(total.count(.sentinel) == 2 && total.count(.sentinel, .pm10) == 2 && total.count(.stuck, .so2) == 0)
        #expect(total.details == ["impossible: 1 (SO2 1)", "sentinel: 2 (PM10 2)", "stuck: 12 (PM10 12)"])
        #expect(QualityReport().summary == "QC: 0 flagged" && QualityReport().details.isEmpty)
    }
}
