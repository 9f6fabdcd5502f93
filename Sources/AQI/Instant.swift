/// A moment in time, to the second: when a value was fetched, a revision published, a run
/// started. Stored as seconds since 1970-01-01T00:00:00Z and shown in China Standard Time
/// (UTC+8, no daylight saving since 1991) by plain arithmetic, without a time-zone database
/// (ARCHITECTURE.md, Time). The one place the program adds eight hours.
public struct Instant: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let unixSeconds: Int

    public init(unixSeconds: Int) { self.unixSeconds = unixSeconds }

    /// China Standard Time's offset from UTC: +08:00 all year.
    static let chinaOffsetSeconds = 8 * 3600

    /// The instant `hour`:`minute`:`second` of `date`, China Standard Time (hour 24 is the
    /// next day's 00:00).
    public init(china date: LocalDate, hour: Int, minute: Int = 0, second: Int = 0) {
        unixSeconds = date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second - Self.chinaOffsetSeconds
    }

    /// Seconds since 1970-01-01 00:00 China Standard Time.
    private var chinaSeconds: Int { unixSeconds + Self.chinaOffsetSeconds }

    /// The calendar date in China Standard Time.
    public var chinaDate: LocalDate { LocalDate(dayNumber: chinaSeconds.floorDiv(86_400)) }

    /// The wall-clock time in China Standard Time.
    public var chinaClock: (hour: Int, minute: Int, second: Int) {
        let s = chinaSeconds.floorMod(86_400)
        return (s / 3600, s / 60 % 60, s % 60)
    }

    /// RFC 3339 with the +08:00 offset, as Atom, the JSON documents and the exports use:
    /// `2025-01-16T09:00:00+08:00`.
    public var rfc3339: String {
        let (h, m, s) = chinaClock
        return "\(chinaDate)T\(LocalDate.pad(h, 2)):\(LocalDate.pad(m, 2)):\(LocalDate.pad(s, 2))+08:00"
    }

    /// Date and minute as the bulletin pages show a publication time: `2025-01-16 09:00`.
    public var chinaMinuteText: String {
        let (h, m, _) = chinaClock
        return "\(chinaDate) \(LocalDate.pad(h, 2)):\(LocalDate.pad(m, 2))"
    }

    public func adding(seconds: Int) -> Instant { Instant(unixSeconds: unixSeconds + seconds) }

    public func adding(minutes: Int) -> Instant { adding(seconds: minutes * 60) }

    /// Whole seconds from `earlier` to this instant.
    public func seconds(since earlier: Instant) -> Int { unixSeconds - earlier.unixSeconds }

    public var description: String { rfc3339 }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.unixSeconds < rhs.unixSeconds }
}

/// Encoded as its bare number of seconds, the way the store's columns and the documents hold it.
extension Instant: Codable {
    public init(from decoder: any Decoder) throws {
        unixSeconds = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(unixSeconds)
    }
}

/// Tests and fixtures name instants by their Unix seconds: `fetchedAt: 1_736_900_000`.
extension Instant: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(unixSeconds: value) }
}
