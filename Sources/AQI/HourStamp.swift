/// An hourly period, identified by the END of its hour in China Standard Time, as Chinese
/// platforms label it: "08时" is [07:00, 08:00) (ARCHITECTURE.md, Time; aqi-standards.md §4.3).
///
/// The raw value counts hours from 1970-01-01 00:00 +08:00 to the end of the period.
public struct HourStamp: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }

    /// The hour that ends at `hour`:00 of `date` (hour 0…24; 24 is the next day's 00:00).
    public init(date: LocalDate, endingAt hour: Int) {
        precondition((0...24).contains(hour))
        rawValue = date.dayNumber * 24 + hour
    }

    /// The natural day this hour belongs to: the day whose 01时 … 24时 labels include it.
    public var naturalDay: LocalDate { LocalDate(dayNumber: (rawValue - 1).floorDiv(24)) }

    /// The label within its natural day, 1…24 ("24时" is the next day's 00:00).
    public var labelHour: Int { (rawValue - 1).floorMod(24) + 1 }

    /// The first hour (01时) of a natural day.
    public static func firstHour(of day: LocalDate) -> HourStamp { HourStamp(rawValue: day.dayNumber * 24 + 1) }

    public func adding(hours: Int) -> HourStamp { HourStamp(rawValue: rawValue + hours) }

    /// The clock date and hour 0…23 of the period end, as the CNEMC archive labels rows.
    public var endClock: (date: LocalDate, hour: Int) {
        (LocalDate(dayNumber: rawValue.floorDiv(24)), rawValue.floorMod(24))
    }

    /// ISO 8601 of the period start, e.g. `2025-01-15T07:00:00+08:00`.
    public var startISO: String { HourStamp(rawValue: rawValue - 1).endISO }

    /// ISO 8601 of the period end, e.g. `2025-01-15T08:00:00+08:00`.
    public var endISO: String {
        let (date, hour) = endClock
        return "\(date)T\(LocalDate.pad(hour, 2)):00:00+08:00"
    }

    /// The hour that ends at `instant`; nil when the instant is not on a whole hour.
    public init?(endingAt instant: Instant) {
        let china = instant.unixSeconds + Instant.chinaOffsetSeconds
        guard china.floorMod(3600) == 0 else { return nil }
        rawValue = china.floorDiv(3600)
    }

    /// The instant the period ends.
    public var end: Instant { Instant(china: LocalDate(dayNumber: rawValue.floorDiv(24)), hour: rawValue.floorMod(24)) }

    public var description: String { endISO }

    public static func < (lhs: HourStamp, rhs: HourStamp) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Int {
    func floorDiv(_ d: Int) -> Int { (self >= 0 ? self : self - d + 1) / d }
    func floorMod(_ d: Int) -> Int { ((self % d) + d) % d }
}
