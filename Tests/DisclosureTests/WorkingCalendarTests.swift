import AQI
import Disclosure
import Formats
import Testing

/// The official schedules of ../shared/spec/holidays.md, and counting from the day after the
/// event (民法典 Art. 201).
@Suite struct WorkingCalendarTests {
    let calendar = WorkingCalendar.builtin

    func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    func working(_ text: String) throws -> Bool { try calendar.isWorkingDay(day(text)) }

    @Test func theBuiltInYearsAre2018And2025And2026() {
        #expect(calendar.years == [2018, 2025, 2026])
    }

    @Test func springFestival2025() throws {
        #expect(try working("2025-01-26"))  // Sunday, made up
        #expect(try working("2025-01-27"))
        for d in 28...31 { #expect(try !working("2025-01-\(d)")) }
        for d in 1...4 { #expect(try !working("2025-02-0\(d)")) }
        #expect(try working("2025-02-05"))
        #expect(try working("2025-02-08"))  // Saturday, made up
        #expect(try !working("2025-02-09"))
        // A notice published on the Friday before: Sun 26, Mon 27, then Wed 5, Thu 6, Fri 7.
        #expect(try calendar.addingWorkingDays(5, after: day("2025-01-24")) == day("2025-02-07"))
        #expect(try calendar.addingWorkingDays(1, after: day("2025-01-27")) == day("2025-02-05"))
    }

    @Test func nationalDay2025() throws {
        #expect(try working("2025-09-28"))  // Sunday, made up
        for d in 1...8 { #expect(try !working("2025-10-0\(d)")) }
        #expect(try working("2025-10-09"))
        #expect(try working("2025-10-11"))  // Saturday, made up
        #expect(try calendar.addingWorkingDays(1, after: day("2025-09-26")) == day("2025-09-28"))
        #expect(try calendar.addingWorkingDays(3, after: day("2025-09-30")) == day("2025-10-11"))
        // Sun 28, Mon 29, Tue 30, Thu 9, Fri 10, Sat 11.
        #expect(try calendar.workingDays(after: day("2025-09-26"), through: day("2025-10-12")) == 6)
    }

    @Test func springFestival2026() throws {
        #expect(try working("2026-02-14"))  // Saturday, made up
        for d in 15...23 { #expect(try !working("2026-02-\(d)")) }
        #expect(try working("2026-02-24"))
        #expect(try working("2026-02-28"))  // Saturday, made up
        #expect(try !working("2026-03-01"))
        #expect(try calendar.addingWorkingDays(2, after: day("2026-02-13")) == day("2026-02-24"))
        #expect(try calendar.workingDays(after: day("2026-02-13"), through: day("2026-02-28")) == 6)
    }

    @Test func nationalDay2026() throws {
        #expect(try working("2026-09-20"))  // Sunday, made up
        #expect(try !working("2026-09-25"))  // Mid-Autumn, a Friday
        for d in 1...7 { #expect(try !working("2026-10-0\(d)")) }
        #expect(try working("2026-10-08"))
        #expect(try working("2026-10-10"))  // Saturday, made up
        #expect(try calendar.addingWorkingDays(3, after: day("2026-09-30")) == day("2026-10-10"))
    }

    @Test func wenshan2018() throws {
        #expect(try working("2018-02-11"))
        #expect(try !working("2018-02-15"))
        #expect(try working("2018-02-24"))
        #expect(try !working("2018-06-18"))
        #expect(try working("2018-09-29") && working("2018-09-30"))
    }

    @Test func aSpanCrossesTheYearBoundary() throws {
        // Tue 30, Wed 31, New Year 1–3 January off, Sun 4 made up, Mon 5, Tue 6.
        #expect(try calendar.addingWorkingDays(5, after: day("2025-12-29")) == day("2026-01-06"))
        #expect(try calendar.workingDays(after: day("2025-12-29"), through: day("2026-01-06")) == 5)
    }

    @Test func aYearWithoutACalendarIsAnErrorNamingTheYear() {
        #expect(throws: MissingCalendar(year: 2024)) { try calendar.isWorkingDay(day("2024-06-03")) }
        #expect(throws: MissingCalendar(year: 2027)) { try calendar.addingWorkingDays(5, after: day("2026-12-28")) }
        #expect(
            MissingCalendar(year: 2024).description
                == "no holiday calendar for 2024: working days are counted only from the State Council's schedule "
                + "(add 2024.toml to the calendar directory, as docs/calendar.md shows)")
    }

    @Test func aCalendarDirectoryAddsAYearOrReplacesOne() throws {
        let y2027 = """
            year = 2027
            source = "test"

            [[holiday]]
            name = "元旦"
            first = 2027-01-01
            """
        // 2026 replaced: Mid-Autumn dropped (a made-up correction).
        let y2026 = """
            year = 2026
            source = "correction"

            [[holiday]]
            name = "元旦"
            first = 2026-01-01
            """
        let combined = try WorkingCalendar.combining(builtinWith: [
            ("2027.toml", "cal/2027.toml", y2027), ("2026.toml", "cal/2026.toml", y2026),
        ])
        #expect(combined.years == [2018, 2025, 2026, 2027])
        #expect(try !combined.isWorkingDay(day("2027-01-01")))
        #expect(try combined.isWorkingDay(day("2027-01-04")))
        #expect(try combined.isWorkingDay(day("2026-09-25")))
        #expect(combined.schedules[2026]?.source == "correction")
    }

    @Test func aBadCalendarFileIsReportedWithFileLineAndKey() {
        let text = """
            year = 2027
            source = "test"

            [[holiday]]
            name = "春节"
            first = 2027-02-06
            last = 2027-02-13
            make_up = [2027-02-15]

            [[holiday]]
            name = "x"
            first = 2027-05-05
            last = 2027-05-01
            color = "red"
            """
        let found = Fixtures.errors {
            _ = try WorkingCalendar.combining(builtinWith: [
                ("2027.toml", "cal/2027.toml", text), ("2028.toml", "cal/2028.toml", "year = 2029\nsource = \"x\"\n"),
                ("next.toml", "cal/next.toml", ""),
            ])
        }
        #expect(
            found == [
                "cal/2027.toml:8: error: make-up day 2027-02-15 is a Monday: a make-up working day (调休上班) falls on a Saturday or Sunday",
                "cal/2027.toml:14: error: unknown key \"color\" in [[holiday]] #2 (expected one of name, first, last, make_up)",
                "cal/2027.toml:13: error: \"last\" 2027-05-01 must be on or after \"first\" 2027-05-05, at most 15 days later",
                "cal/2028.toml: error: missing key \"holiday\" in the top level",
                "cal/next.toml: error: a calendar file is named after its year, e.g. 2027.toml (docs/calendar.md)",
            ])
    }
}
