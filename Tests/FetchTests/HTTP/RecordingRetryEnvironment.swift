import Fetch
import Synchronization

/// A retry environment that records each wait instead of sleeping, with a fixed random number
/// and clock: the real retry path runs, in no time and with exact delays to assert.
final class RecordingRetryEnvironment: Sendable {
    private let recorded = Mutex<[Duration]>([])
    let random: Double
    let now: Int

    /// `now` defaults to 2025-01-15 00:00:00 UTC.
    init(random: Double = 0.5, now: Int = 1_736_899_200) {
        self.random = random
        self.now = now
    }

    var sleeps: [Duration] { recorded.withLock { $0 } }

    var environment: RetryEnvironment {
        RetryEnvironment(
            sleep: { duration in self.recorded.withLock { $0.append(duration) } }, random: { self.random },
            now: { self.now })
    }

    /// A client whose waits are recorded here.
    var client: CurlHTTPClient { CurlHTTPClient(userAgent: "airbulletin-tests", environment: environment) }
}

extension HTTPRequest {
    /// A request with short limits, so that failing tests fail fast: 3 attempts, waits of
    /// 100 ms · 2ⁿ⁻¹ (half of it jitter).
    static func quick(
        _ url: String, headers: [HTTPHeader] = [], timeout: Duration = .seconds(5), maxBodyBytes: Int = 1 << 20,
        maxRedirects: Int = 5, validators: HTTPValidators = HTTPValidators(),
        retryPolicy: RetryPolicy = RetryPolicy(maxAttempts: 3, baseDelay: .milliseconds(100), jitter: 0.5)
    ) -> HTTPRequest {
        HTTPRequest(
            url: url, headers: headers, connectTimeout: .seconds(2), timeout: timeout, stallTimeout: .seconds(5),
            maxBodyBytes: maxBodyBytes, maxRedirects: maxRedirects, validators: validators, retryPolicy: retryPolicy)
    }
}

extension HTTPClient {
    /// The message of the `FetchError` that fetching `request` throws, or what happened instead.
    func failureMessage(_ request: HTTPRequest) -> String {
        do {
            let response = try fetch(request)
            return "no error: HTTP \(response.status)"
        } catch {
            return error.description
        }
    }
}
