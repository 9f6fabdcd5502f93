import AQI

/// The Chinese working-day calendar: Monday–Friday, except the official days off, plus the
/// make-up working days (调休上班). Only years with an official schedule can be counted: a day
/// in any other year is a `MissingCalendar` error, never a guess (../shared/spec/holidays.md).
public struct WorkingCalendar: Sendable {
    /// The schedules, by year.
    public let schedules: [Int: HolidaySchedule]
    private let daysOff: Set<Int>
    private let makeUpDays: Set<Int>

    /// Combines one schedule per year; a later schedule for the same year replaces an earlier one
    /// (a bureau's `YYYY.toml` overrides the built-in year, e.g. for an extended holiday).
    public init(schedules: [HolidaySchedule]) {
        var byYear: [Int: HolidaySchedule] = [:]
        for schedule in schedules { byYear[schedule.year] = schedule }
        self.schedules = byYear
        daysOff = Set(byYear.values.flatMap { $0.daysOff.map(\.dayNumber) })
        makeUpDays = Set(byYear.values.flatMap { $0.makeUpWorkingDays.map(\.dayNumber) })
    }

    /// The years that can be counted, ascending.
    public var years: [Int] { schedules.keys.sorted() }

    public func isWorkingDay(_ date: LocalDate) throws(MissingCalendar) -> Bool {
        guard schedules[date.year] != nil else { throw MissingCalendar(year: date.year) }
        if makeUpDays.contains(date.dayNumber) { return true }
        return date.isoWeekday <= 5 && !daysOff.contains(date.dayNumber)
    }

    /// The `count`-th working day after `date`. Counting starts on the day after the event
    /// (民法典 Art. 201: the first day of a period is not counted; holidays.md note), so a
    /// notice published on the Friday before a holiday week counts from the following
    /// working day. `count` 0 is `date` itself.
    public func addingWorkingDays(_ count: Int, after date: LocalDate) throws(MissingCalendar) -> LocalDate {
        precondition(count >= 0, "a working-day count is never negative")
        var day = date
        var remaining = count
        while remaining > 0 {
            day = day.adding(days: 1)
            if try isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// How many working days lie after `start` up to and including `end` (0 when `end` is not
    /// after `start`).
    public func workingDays(after start: LocalDate, through end: LocalDate) throws(MissingCalendar) -> Int {
        guard start < end else { return 0 }
        var count = 0
        for n in (start.dayNumber + 1)...end.dayNumber where try isWorkingDay(LocalDate(dayNumber: n)) {
            count += 1
        }
        return count
    }
}

/// A working day was asked of a year that has no official holiday schedule.
public struct MissingCalendar: Error, Sendable, Equatable, CustomStringConvertible {
    public let year: Int
    public init(year: Int) { self.year = year }

    public var description: String {
        "no holiday calendar for \(year): working days are counted only from the State Council's schedule "
            + "(add \(year).toml to the calendar directory, as docs/calendar.md shows)"
    }
}
