#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The effects the retry loop needs: waiting, chance and the wall clock. Tests pass fakes, so
/// the real retry path runs without the real waits.
public struct RetryEnvironment: Sendable {
    /// Blocks the calling thread (never a task of the cooperative pool: the client is synchronous).
    public var sleep: @Sendable (Duration) -> Void
    /// A number in [0, 1) for the jitter.
    public var random: @Sendable () -> Double
    /// Seconds since the Unix epoch, for a `Retry-After` date when the response has no `Date`.
    public var now: @Sendable () -> Int

    public init(
        sleep: @escaping @Sendable (Duration) -> Void, random: @escaping @Sendable () -> Double,
        now: @escaping @Sendable () -> Int
    ) {
        self.sleep = sleep
        self.random = random
        self.now = now
    }

    /// The real thread sleep, the system random generator and the system clock.
    public static let live = RetryEnvironment(
        sleep: { duration in
            guard duration > .zero else { return }
            let (seconds, attoseconds) = duration.components
            var wait = timespec(tv_sec: Int(seconds), tv_nsec: Int(attoseconds / 1_000_000_000))
            var remaining = timespec()
            // nanosleep stops early when a signal arrives; sleep on for what is left.
            while nanosleep(&wait, &remaining) != 0 && errno == EINTR { wait = remaining }
        },
        random: { Double.random(in: 0..<1) },
        now: { time(nil) })
}
