import AQI
import Testing

@Suite struct ExactDecimalTests {
    func d(_ s: String) -> ExactDecimal { try! ExactDecimal(parsing: s) }

    /// GB/T 8170 四舍六入五成双 on the exact decimal value (aqi-standards.md §2.2).
    @Test(arguments: [
        ("35.5", 0, "36"), ("34.5", 0, "34"), ("60.5", 0, "60"), ("60.51", 0, "61"), ("2.45", 1, "2.4"),
        ("2.35", 1, "2.4"), ("2.451", 1, "2.5"), ("0.05", 1, "0.0"), ("0.15", 1, "0.2"), ("7", 1, "7.0"),
    ])
    func halfEven(_ input: String, _ decimals: Int, _ expected: String) {
        #expect(d(input).rounded(toDecimals: decimals, .halfEven).description == expected)
    }

    @Test func truncationAndHalfUpForTheEPA() {
        #expect(d("12.05").rounded(toDecimals: 1, .truncate).description == "12.0")
        #expect(d("0.07853333").rounded(toDecimals: 3, .truncate).description == "0.078")
        #expect(d("125.5").rounded(toDecimals: 0, .halfUp).description == "126")
        #expect(d("104.5").rounded(toDecimals: 0, .halfUp).description == "105")
    }

    @Test func parsingRefusesWhatIsNotAPlainDecimal() {
        for bad in ["", "-", ".", "1.2.3", "1e3", "+5", " 5", "5 ", "abc", "0x10"] {
            #expect(throws: ExactDecimal.ParseError.notANumber, "\(bad)") { try ExactDecimal(parsing: bad) }
        }
        #expect(throws: ExactDecimal.ParseError.tooManyDigits) { try ExactDecimal(parsing: "1.0000000000000001") }
        #expect(d("-3").isNegative)
        #expect(d(".5") == d("0.50"))
    }

    @Test func rationalRoundsExactlyWhereDoublesFail() {
        // CN26-D23: 50/2·(2.2−2)+50 is 55 exactly; in doubles it is 55.00000000000001.
        let iaqi = ChinaIndex.linearIndex(d("2.2"), column: [0, 2, 4, 14, 24, 36, 48, 60])
        #expect(iaqi == 55)
        #expect(Rational(1417, 24).rounded(toDecimals: 0, .halfEven).description == "59")
        #expect(Rational(-5, 2).roundedToInteger(.halfEven) == -2)
        #expect(Rational(-5, 2).roundedToInteger(.halfUp) == -3)
    }
}

@Suite struct TimeTests {
    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(LocalDate(dayNumber: n).dayNumber == n)
        }
        #expect(LocalDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(LocalDate(year: 2024, month: 2, day: 29).adding(days: 366) == LocalDate(year: 2025, month: 3, day: 1))
        #expect(LocalDate(year: 2026, month: 11, day: 28).isoWeekday == 6)
    }

    @Test func isoParsingRejectsImpossibleDates() {
        #expect(LocalDate(iso: "2025-01-15") == LocalDate(year: 2025, month: 1, day: 15))
        #expect(LocalDate(iso: "20250115") == LocalDate(year: 2025, month: 1, day: 15))
        for bad in ["2025-02-29", "2025-13-01", "2025-1-15", "25-01-15", "2025/01/15", "", "2025-01-15T00"] {
            #expect(LocalDate(iso: bad) == nil, "\(bad)")
        }
    }

    /// "08时" is [07:00, 08:00); the natural day is 01时 … 24时 (ARCHITECTURE.md, Time).
    @Test func hoursAreLabelledByTheirEnd() {
        let d = LocalDate(year: 2025, month: 1, day: 15)
        let eight = HourStamp(date: d, endingAt: 8)
        #expect(eight.startISO == "2025-01-15T07:00:00+08:00")
        #expect(eight.endISO == "2025-01-15T08:00:00+08:00")
        #expect(eight.labelHour == 8 && eight.naturalDay == d)
        let midnight = HourStamp(date: d.adding(days: 1), endingAt: 0)
        #expect(midnight.naturalDay == d && midnight.labelHour == 24)
        #expect(HourStamp.firstHour(of: d).labelHour == 1)
        #expect(eight.end.unixSeconds == 1_736_899_200)
    }

    /// aqi-standards.md §0: periods that start before 2026-03-01 use HJ 633—2012.
    @Test func theStandardIsChosenByTheDataPeriod() {
        #expect(Standard.inForce(on: LocalDate(year: 2026, month: 2, day: 28)) == .hj633_2012)
        #expect(Standard.inForce(on: LocalDate(year: 2026, month: 3, day: 1)) == .hj633_2026)
        #expect(StandardChoice.auto.resolve(for: LocalDate(year: 2025, month: 1, day: 15)) == .hj633_2012)
        #expect(
            StandardChoice(name: "us-epa-2024")?.resolve(for: LocalDate(year: 2025, month: 1, day: 15)) == .usEPA2024)
    }
}
