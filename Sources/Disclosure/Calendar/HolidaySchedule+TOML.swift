import AQI
import Formats

extension HolidaySchedule {
    /// Reads one year's schedule (the format of docs/calendar.md). Every problem is reported,
    /// each naming the file, line and key; nothing is guessed.
    public static func parse(text: String, file: String) throws(Diagnostics) -> HolidaySchedule {
        let document = try TOMLFile.parse(text, file: file)
        let diagnostics = DiagnosticCollector()
        let root = TOMLTableReader(document: document, diagnostics: diagnostics)
        root.allowOnly(["year", "source", "holiday"])
        let year = root.int("year")
        let source = root.string("source")
        if let year, !(1990...2200).contains(year) { root.error("year", "\"year\" \(year) is not a plausible year") }
        var holidays: [Holiday] = []
        for table in root.tables("holiday") ?? [] {
            if let year, let holiday = readHoliday(table, year: year) { holidays.append(holiday) }
        }
        if root.has("holiday"), holidays.isEmpty, !diagnostics.hasErrors {
            root.error("holiday", "no [[holiday]] in the schedule")
        }
        checkOverlaps(holidays, root: root)
        guard !diagnostics.hasErrors, let year, let source else { throw Diagnostics(diagnostics.items) }
        return HolidaySchedule(year: year, source: source, holidays: holidays)
    }

    private static func readHoliday(_ table: TOMLTableReader, year: Int) -> Holiday? {
        table.allowOnly(["name", "first", "last", "make_up"])
        let name = table.string("name")
        let first = readDate(table, "first", year: year)
        let last = table.has("last") ? readDate(table, "last", year: year) : first
        var makeUp: [LocalDate] = []
        if table.has("make_up") {
            guard case .array(let items)? = table.table["make_up"] else {
                table.error("make_up", "\"make_up\" must be an array of dates such as [2025-01-26, 2025-02-08]")
                return nil
            }
            for item in items {
                guard case .date(let y, let m, let d) = item, let date = LocalDate.validated(year: y, month: m, day: d)
                else {
                    table.error("make_up", "\"make_up\" must be an array of dates such as [2025-01-26, 2025-02-08]")
                    return nil
                }
                guard inRange(date, year: year) else {
                    table.error("make_up", "make-up day \(date) is outside \(year - 1)-12-01 … \(year)-12-31")
                    return nil
                }
                guard date.isoWeekday >= 6 else {
                    table.error(
                        "make_up",
                        "make-up day \(date) is a \(date.weekdayName): a make-up working day (调休上班) falls on a Saturday or Sunday"
                    )
                    return nil
                }
                makeUp.append(date)
            }
        }
        guard let name, let first, let last else { return nil }
        guard first <= last, last.dayNumber - first.dayNumber < 15 else {
            table.error("last", "\"last\" \(last) must be on or after \"first\" \(first), at most 15 days later")
            return nil
        }
        return Holiday(name: name, firstDayOff: first, lastDayOff: last, makeUpWorkingDays: makeUp)
    }

    private static func readDate(_ table: TOMLTableReader, _ key: String, year: Int) -> LocalDate? {
        guard let parts = table.date(key) else { return nil }
        guard let date = LocalDate.validated(year: parts.year, month: parts.month, day: parts.day) else {
            table.error(key, "\"\(key)\" is not a date of the calendar")
            return nil
        }
        guard inRange(date, year: year) else {
            table.error(key, "\"\(key)\" \(date) is outside \(year - 1)-12-01 … \(year)-12-31")
            return nil
        }
        return date
    }

    /// A notice may move days of the previous December (e.g. the 2019 notice made 2018-12-29 a
    /// working day for the New Year holiday).
    private static func inRange(_ date: LocalDate, year: Int) -> Bool {
        date.year == year || (date.year == year - 1 && date.month == 12)
    }

    private static func checkOverlaps(_ holidays: [Holiday], root: TOMLTableReader) {
        let off = holidays.flatMap(\.daysOff)
        for day in Set(holidays.flatMap(\.makeUpWorkingDays)).sorted() where off.contains(day) {
            root.error("holiday", "\(day) is both a day off and a make-up working day")
        }
    }
}
