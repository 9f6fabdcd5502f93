import AQI

/// `DataTime=yyyyMMddHHmmss` in China Standard Time.
public enum DataTime {
    /// The hour an hourly (2061) packet names. HJ 212 labels a period by its **start**
    /// (`DataTime=20191012080000` is the hour 08:00–09:00, as the standard's examples of hourly
    /// data suggest; the clause could not be checked against the full text here); the project labels
    /// it by its end, so that hour is "09时": `HourStamp(date, endingAt: 9)`.
    public static func hourlyStamp(_ text: String) -> HourStamp? {
        guard text.utf8.count == 14, text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        let d = Array(text.utf8).map { Int($0 - 0x30) }
        func n(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + d[$1] } }
        let (year, month, day, hour) = (n(0..<4), n(4..<6), n(6..<8), n(8..<10))
        guard (2000...2100).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(year: year, month: month)).contains(day), (0...23).contains(hour),
            n(10..<12) == 0, n(12..<14) == 0
        else { return nil }
        return HourStamp(date: LocalDate(year: year, month: month, day: day), endingAt: hour + 1)
    }
}
