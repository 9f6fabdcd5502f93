import AQI
import Foundation

/// The current time, injected so that runs and renders are reproducible in tests.
public protocol Clock: Sendable {
    func now() -> Instant
}

public struct SystemClock: Clock {
    public init() {}
    public func now() -> Instant { Instant(unixSeconds: Int(Date().timeIntervalSince1970)) }
}

public struct FixedClock: Clock {
    public let instant: Instant
    public init(_ instant: Instant) { self.instant = instant }
    public func now() -> Instant { instant }
}

extension Clock {
    /// Today's date in China Standard Time.
    public func today() -> LocalDate { now().chinaDate }

    /// Yesterday in China Standard Time: the day the morning run publishes.
    public func yesterday() -> LocalDate { today().adding(days: -1) }
}
