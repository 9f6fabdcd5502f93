import AQI
import Foundation

/// The current time, injected so that runs and renders are reproducible in tests.
public protocol Clock: Sendable {
    /// Seconds since the Unix epoch.
    func now() -> Int
}

public struct SystemClock: Clock {
    public init() {}
    public func now() -> Int { Int(Date().timeIntervalSince1970) }
}

public struct FixedClock: Clock {
    public let seconds: Int
    public init(seconds: Int) { self.seconds = seconds }
    public func now() -> Int { seconds }
}

extension Clock {
    /// Today's date in China Standard Time (UTC+8, no DST), without a time-zone database.
    public func today() -> LocalDate { LocalDate(dayNumber: (now() + 8 * 3600).floorDivided(by: 86_400)) }

    /// Yesterday in China Standard Time: the day the morning run publishes.
    public func yesterday() -> LocalDate { today().adding(days: -1) }
}

extension Int {
    func floorDivided(by d: Int) -> Int { (self >= 0 ? self : self - d + 1) / d }
}
