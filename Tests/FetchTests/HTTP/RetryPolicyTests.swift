import Testing

@testable import Fetch

@Suite struct RetryPolicyTests {
    @Test func waitsDoubleUpToTheCap() {
        let policy = RetryPolicy(maxAttempts: 8, baseDelay: .seconds(2), maxDelay: .seconds(30), jitter: 0)
        #expect(
            (1...7).map { policy.backoff(afterAttempt: $0, random: 0.3) }
                == [.seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(30), .seconds(30), .seconds(30)])
        #expect(policy.backoff(afterAttempt: 500, random: 0) == .seconds(30))
    }

    @Test func jitterTakesItsFractionAtRandom() {
        let policy = RetryPolicy(baseDelay: .seconds(2), jitter: 0.5)
        #expect(policy.backoff(afterAttempt: 2, random: 0) == .seconds(2))
        #expect(policy.backoff(afterAttempt: 2, random: 0.5) == .seconds(3))
        #expect(policy.backoff(afterAttempt: 2, random: 0.999) == .milliseconds(3998))
        let full = RetryPolicy(baseDelay: .seconds(2), jitter: 1)
        #expect(full.backoff(afterAttempt: 1, random: 0.25) == .milliseconds(500))
    }

    @Test func nonsenseSettingsAreClamped() {
        let policy = RetryPolicy(maxAttempts: 0, jitter: 7)
        #expect(policy.maxAttempts == 1)
        #expect(policy.jitter == 1)
    }

    @Test func onlyTransientFailuresAreRetried() {
        let transient: [FetchError.Reason] = [
            .status(429), .status(500), .status(503), .status(599), .connectionRefused, .connectionReset, .emptyReply,
            .timeout(.seconds(1)), .connectTimeout(.seconds(1)), .stalled(.seconds(1)),
            .truncated(received: 1, expected: 2),
        ]
        let permanent: [FetchError.Reason] = [
            .status(400), .status(404), .status(410), .bodyTooLarge(limit: 1), .tlsHandshake("x"), .fileNotFound,
            .hostNotFound("h"), .malformedURL,
        ]
        #expect(transient.filter(\.isTransient) == transient)
        #expect(permanent.filter(\.isTransient).isEmpty)
    }

    // MARK: - Retry-After (RFC 9110 §10.2.3)

    private func retryAfter(_ headers: [(String, String)], now: Int = 784_111_777) -> Duration? {
        let result = CurlTransferResult(
            code: .init(0), headers: HTTPHeaders(headers.map { HTTPHeader(name: $0.0, value: $0.1) }), detail: "")
        return result.retryAfter(now: { now })
    }

    @Test func retryAfterInSeconds() {
        #expect(retryAfter([("Retry-After", "120")]) == .seconds(120))
        #expect(retryAfter([("retry-after", " 7 ")]) == .seconds(7))
        #expect(retryAfter([("Retry-After", "99999999999999999999")]) == .seconds(999_999_999))
        #expect(retryAfter([("Retry-After", "-5")]) == nil)
        #expect(retryAfter([("Retry-After", "soon")]) == nil)
        #expect(retryAfter([]) == nil)
    }

    @Test func retryAfterAsADateCountsFromTheResponsesDateOrTheClock() {
        let date = "Sun, 06 Nov 1994 08:49:37 GMT"  // 784111777
        #expect(retryAfter([("Date", date), ("Retry-After", "Sun, 06 Nov 1994 08:50:07 GMT")], now: 0) == .seconds(30))
        #expect(retryAfter([("Retry-After", "Sun, 06 Nov 1994 08:50:07 GMT")]) == .seconds(30))
        #expect(retryAfter([("Retry-After", "Sun, 06 Nov 1994 08:00:00 GMT")]) == .zero)
    }
}
