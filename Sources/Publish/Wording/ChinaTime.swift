import AQI

/// An instant shown in China Standard Time (UTC+8, no DST) by arithmetic, without a time-zone
/// database (ARCHITECTURE.md, Time).
struct ChinaTime: Sendable, Hashable {
    let date: LocalDate
    let hour: Int
    let minute: Int
    let second: Int

    /// - Parameter unixSeconds: seconds since 1970-01-01T00:00:00Z.
    init(unixSeconds: Int) {
        let local = unixSeconds + 8 * 3600
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let rest = local - day * 86_400
        date = LocalDate(dayNumber: day)
        hour = rest / 3600
        minute = rest % 3600 / 60
        second = rest % 60
    }

    /// RFC 3339 with the +08:00 offset, as Atom and the JSON use: `2025-01-16T09:00:00+08:00`.
    var rfc3339: String { "\(date)T\(Self.two(hour)):\(Self.two(minute)):\(Self.two(second))+08:00" }

    /// `2025-01-16 09:00`
    var text: String { "\(date) \(Self.two(hour)):\(Self.two(minute))" }

    static func two(_ n: Int) -> String { zeroPadded(n, 2) }
}
