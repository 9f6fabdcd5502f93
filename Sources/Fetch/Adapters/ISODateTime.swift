import AQI

/// A date-time as upstream files write it, read field by field (ISO 8601 / RFC 3339 subset):
/// `2025-01-15T08:00`, `2025-01-15 08:00:00`, `2025-01-15T00:00:00Z`,
/// `2025-01-15T08:00:00.000+08:00`. Hour 24 (`24:00`, the "24时" label) is the next day's 00:00.
struct ISODateTime: Sendable, Hashable {
    let date: LocalDate
    let hour: Int
    let minute: Int
    let second: Int
    /// A fraction of a second other than zero.
    let hasFraction: Bool
    /// Minutes east of UTC; nil when the text names no offset.
    let offsetMinutes: Int?

    init?(_ text: some StringProtocol) {
        let b = Array(text.utf8)
        func digits(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= b.count else { return nil }
            var n = 0
            for k in at..<(at + count) {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                n = n * 10 + Int(b[k] - 0x30)
            }
            return n
        }
        guard b.count >= 16, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
            b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " "), b[13] == UInt8(ascii: ":"),
            let date = LocalDate(iso: String(decoding: b[0..<10], as: UTF8.self)),
            let hour = digits(11, 2), let minute = digits(14, 2), hour <= 24, minute <= 59
        else { return nil }
        var i = 16
        var second = 0
        var hasFraction = false
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let s = digits(i + 1, 2), s <= 59 else { return nil }
            second = s
            i += 3
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                let start = i
                while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                    if b[i] != 0x30 { hasFraction = true }
                    i += 1
                }
                guard i > start else { return nil }
            }
        }
        var offset: Int?
        if i < b.count {
            if b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z") {
                offset = 0
                i += 1
            } else if b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"), b.count - i == 6,
                b[i + 3] == UInt8(ascii: ":"), let h = digits(i + 1, 2), let m = digits(i + 4, 2), h <= 14, m <= 59
            {
                offset = (b[i] == UInt8(ascii: "-") ? -1 : 1) * (h * 60 + m)
                i += 6
            }
        }
        guard i == b.count, hour < 24 || (minute == 0 && second == 0 && !hasFraction) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.hasFraction = hasFraction
        self.offsetMinutes = offset
    }

    /// The hourly period that ends at this instant, in China Standard Time; nil when the
    /// instant is not on a whole hour there. A text without an offset is China Standard Time.
    var endOfHour: HourStamp? {
        guard second == 0, !hasFraction else { return nil }
        // The wall clock read at its own offset (China Standard Time's +08:00 when it has none).
        let chinaOffsetMinutes = 8 * 60
        let instant = Instant(china: date, hour: hour, minute: minute)
            .adding(minutes: chinaOffsetMinutes - (offsetMinutes ?? chinaOffsetMinutes))
        return HourStamp(endingAt: instant)
    }
}
