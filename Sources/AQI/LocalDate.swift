/// A calendar date in China Standard Time (UTC+8, no daylight saving since 1991).
///
/// Day arithmetic is plain integer arithmetic on the proleptic Gregorian calendar, so the
/// core needs no time-zone database (ARCHITECTURE.md, Time).
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(year: Int, month: Int, day: Int) {
        precondition(
            (1...12).contains(month) && (1...LocalDate.daysIn(year: year, month: month)).contains(day),
            "invalid date \(year)-\(month)-\(day)")
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (or `YYYYMMDD`); nil for anything else or an impossible date.
    public init?(iso text: some StringProtocol) {
        let digits = text.filter { $0 != "-" }
        let dashes = text.count - digits.count
        guard digits.count == 8,
            dashes == 0
                || (dashes == 2 && text.count == 10
                    && text[text.index(text.startIndex, offsetBy: 4)] == "-"
                    && text[text.index(text.startIndex, offsetBy: 7)] == "-"),
            digits.allSatisfy(\.isASCIIDigit),
            let y = Int(String(digits.prefix(4))), let m = Int(String(digits.dropFirst(4).prefix(2))),
            let d = Int(String(digits.suffix(2))),
            (1...12).contains(m), (1...LocalDate.daysIn(year: y, month: m)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Days since 1970-01-01 (negative before).
    public var dayNumber: Int {
        // Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber: Int) {
        // civil_from_days, same source.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// Monday = 1 … Sunday = 7 (ISO 8601).
    public var isoWeekday: Int { ((dayNumber + 3) % 7 + 7) % 7 + 1 }

    public var firstOfMonth: LocalDate { LocalDate(year: year, month: month, day: 1) }

    public var lastOfMonth: LocalDate {
        LocalDate(year: year, month: month, day: LocalDate.daysIn(year: year, month: month))
    }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `2025-01-15`
    public var description: String { "\(LocalDate.pad(year, 4))-\(LocalDate.pad(month, 2))-\(LocalDate.pad(day, 2))" }

    /// `2025年1月15日`
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
