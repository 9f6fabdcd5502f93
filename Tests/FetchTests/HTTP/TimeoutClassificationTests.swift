import CCurl
import Testing

@testable import Fetch

/// libcurl reports the connect, total and low-speed limits with one code; the message tells
/// them apart.
@Suite struct TimeoutClassificationTests {
    private let request = HTTPRequest(
        url: "http://127.0.0.1:9/x", connectTimeout: .seconds(2), timeout: .seconds(10), stallTimeout: .seconds(3))

    private func reason(connected: Bool, elapsed: Duration, request: HTTPRequest? = nil) -> FetchError.Reason? {
        let result = CurlTransferResult(
            code: CURLE_OPERATION_TIMEDOUT, detail: "", elapsed: elapsed,
            connectTime: connected ? .milliseconds(1) : .zero)
        let request = request ?? self.request
        return result.failure(url: request.url, request: request, redactor: Redactor(request))
    }

    @Test func noConnectionIsAConnectTimeout() {
        #expect(reason(connected: false, elapsed: .seconds(2)) == .connectTimeout(.seconds(2)))
    }

    @Test func reachingTheTotalLimitIsATimeout() {
        #expect(reason(connected: true, elapsed: .seconds(10)) == .timeout(.seconds(10)))
    }

    @Test func endingBeforeTheTotalLimitIsAStall() {
        #expect(reason(connected: true, elapsed: .milliseconds(3200)) == .stalled(.seconds(3)))
    }

    @Test func aStallLimitBeyondTheTotalOneCannotFire() {
        var request = request
        request.stallTimeout = .seconds(30)
        #expect(reason(connected: true, elapsed: .milliseconds(9990), request: request) == .timeout(.seconds(10)))
    }
}
