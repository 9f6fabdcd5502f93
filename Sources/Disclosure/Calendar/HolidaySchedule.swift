import AQI

/// One year's official holiday schedule (放假调休安排), as the State Council General Office's
/// yearly notice 国务院办公厅关于YYYY年部分节假日安排的通知 gives it: the days off and the make-up
/// working days (调休上班). `WorkingCalendar` combines the years.
public struct HolidaySchedule: Sendable, Equatable {
    /// One holiday of the notice: its days off and the weekend days worked to make up for it.
    public struct Holiday: Sendable, Equatable {
        public let name: String
        public let firstDayOff: LocalDate
        public let lastDayOff: LocalDate
        public let makeUpWorkingDays: [LocalDate]

        public init(name: String, firstDayOff: LocalDate, lastDayOff: LocalDate, makeUpWorkingDays: [LocalDate]) {
            self.name = name
            self.firstDayOff = firstDayOff
            self.lastDayOff = lastDayOff
            self.makeUpWorkingDays = makeUpWorkingDays
        }

        public var daysOff: [LocalDate] {
            (firstDayOff.dayNumber...lastDayOff.dayNumber).map(LocalDate.init(dayNumber:))
        }
    }

    public let year: Int
    /// The notice the schedule comes from, e.g. `国办发明电〔2024〕12号`.
    public let source: String
    public let holidays: [Holiday]

    public init(year: Int, source: String, holidays: [Holiday]) {
        self.year = year
        self.source = source
        self.holidays = holidays
    }

    public var daysOff: Set<LocalDate> { Set(holidays.flatMap(\.daysOff)) }
    public var makeUpWorkingDays: Set<LocalDate> { Set(holidays.flatMap(\.makeUpWorkingDays)) }
}
