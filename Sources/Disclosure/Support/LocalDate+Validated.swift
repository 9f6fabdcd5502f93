import AQI

extension LocalDate {
    /// The date, or nil when the day does not exist (`LocalDate.init` would trap).
    static func validated(year: Int, month: Int, day: Int) -> LocalDate? {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(year: year, month: month)).contains(day)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// `Monday` … `Sunday`, for messages.
    var weekdayName: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][isoWeekday - 1]
    }
}
