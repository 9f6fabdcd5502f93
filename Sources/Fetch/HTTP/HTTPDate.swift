import AQI

/// An HTTP-date (RFC 9110 §5.6.7) as seconds since the Unix epoch. A recipient must accept the
/// preferred IMF-fixdate and the two obsolete forms:
///
///     Sun, 06 Nov 1994 08:49:37 GMT    IMF-fixdate
///     Sunday, 06-Nov-94 08:49:37 GMT   rfc850-date
///     Sun Nov  6 08:49:37 1994         asctime-date
///
/// The day name is not checked against the date (it carries no information).
enum HTTPDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// `now` (Unix seconds) places a two-digit rfc850 year in its century.
    static func unixSeconds(_ text: String, now: Int) -> Int? {
        let words = text.split(separator: " ")
        switch words.count {
        case 6 where words[0].hasSuffix(",") && words[5] == "GMT":
            guard let year = number(words[3], digits: 4) else { return nil }
            return seconds(year: year, month: words[2], day: words[1], time: words[4])
        case 4 where words[0].hasSuffix(",") && words[3] == "GMT":
            let date = words[1].split(separator: "-", omittingEmptySubsequences: false)
            guard date.count == 3, let yy = number(date[2], digits: 2) else { return nil }
            return seconds(year: rfc850Year(yy, now: now), month: date[1], day: date[0], time: words[2])
        case 5:
            guard let year = number(words[4], digits: 4) else { return nil }
            return seconds(year: year, month: words[1], day: words[2], time: words[3])
        default:
            return nil
        }
    }

    /// RFC 9110 §5.6.7: a two-digit year more than 50 years in the future is the most recent
    /// past year with those digits.
    private static func rfc850Year(_ yy: Int, now: Int) -> Int {
        let thisYear = LocalDate(dayNumber: now.floorDivided(by: 86_400)).year
        var year = thisYear - thisYear % 100 + yy
        if year > thisYear + 50 { year -= 100 }
        return year
    }

    private static func seconds(year: Int, month: Substring, day: Substring, time: Substring) -> Int? {
        let clock = time.split(separator: ":", omittingEmptySubsequences: false)
        guard let m = months.firstIndex(of: month.lowercased()).map({ $0 + 1 }),
            let d = day.count <= 2 ? Int(day) : nil, d >= 1, d <= LocalDate.daysIn(year: year, month: m),
            clock.count == 3, let hh = number(clock[0], digits: 2), let mm = number(clock[1], digits: 2),
            let ss = number(clock[2], digits: 2), hh < 24, mm < 60, ss <= 60  // a leap second
        else { return nil }
        // HTTP-dates are UTC (GMT); LocalDate's day numbers count from 1970-01-01.
        return LocalDate(year: year, month: m, day: d).dayNumber * 86_400 + hh * 3600 + mm * 60 + ss
    }

    private static func number(_ text: Substring, digits: Int) -> Int? {
        text.utf8.count == digits && text.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            ? Int(text) : nil
    }
}

extension Int {
    func floorDivided(by d: Int) -> Int { (self >= 0 ? self : self - d + 1) / d }
}
