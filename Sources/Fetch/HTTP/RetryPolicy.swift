/// When and how long to wait before trying a request again.
///
/// Only transient failures are retried: a refused or reset connection, a timeout, a stalled or
/// cut-short transfer, HTTP 429 and 5xx. The n-th wait is `baseDelay · 2ⁿ⁻¹`, capped at
/// `maxDelay`, of which the fraction `jitter` is random, so that many clients that failed
/// together do not come back together. A `Retry-After` from the server replaces the computed
/// wait; one longer than `maxRetryAfter` ends the request instead.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included (1 = never retry).
    public var maxAttempts: Int
    public var baseDelay: Duration
    public var maxDelay: Duration
    /// 0 = the computed wait exactly, 1 = anywhere between zero and it ("full jitter").
    public var jitter: Double
    /// The longest `Retry-After` honoured.
    public var maxRetryAfter: Duration

    public init(
        maxAttempts: Int = 3, baseDelay: Duration = .seconds(2), maxDelay: Duration = .seconds(30),
        jitter: Double = 0.5, maxRetryAfter: Duration = .seconds(120)
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.jitter = min(max(jitter, 0), 1)
        self.maxRetryAfter = maxRetryAfter
    }

    /// Three attempts, waits of about 2 s and 4 s, Retry-After up to 2 minutes.
    public static let standard = RetryPolicy()

    /// One attempt only.
    public static let never = RetryPolicy(maxAttempts: 1)

    /// The wait after failed attempt number `attempt` (1-based), given a random number in [0, 1).
    public func backoff(afterAttempt attempt: Int, random: Double) -> Duration {
        let doubling = Double(1 << min(max(attempt - 1, 0), 30))
        let capped = min(Double(baseDelay.wholeMilliseconds) * doubling, Double(maxDelay.wholeMilliseconds))
        let jittered = capped * (1 - jitter + jitter * min(max(random, 0), 1))
        return .milliseconds(Int64(jittered.rounded()))
    }
}

extension Duration {
    /// Whole milliseconds, rounded toward zero.
    var wholeMilliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
