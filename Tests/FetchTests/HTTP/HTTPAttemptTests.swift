import Fetch
import TestSupport
import Testing

/// Every attempt that was tried again is listed, on success and on failure, with its status or
/// error and the wait that followed it (issue 11: retries after 500/429 left no trace).
@Suite struct HTTPAttemptTests {
    /// An attempt without its duration, which the clock decides.
    struct Seen: Equatable, CustomStringConvertible {
        var number: Int
        var url: String
        var status: Int?
        var error: String?
        var waited: Duration

        init(_ number: Int, _ url: String, status: Int? = nil, error: String? = nil, waited: Duration) {
            self.number = number
            self.url = url
            self.status = status
            self.error = error
            self.waited = waited
        }

        init(_ attempt: HTTPAttempt) {
            self.init(
                attempt.number, attempt.url.description, status: attempt.status, error: attempt.error,
                waited: attempt.waited)
        }

        var description: String { "#\(number) \(url) \(status.map(String.init) ?? "-") \(error ?? "-") \(waited)" }
    }

    @Test func aFirstAttemptThatAnswersListsNoRetry() throws {
        let server = try TestHTTPServer(["/x": [.text("ok")]])
        let response = try RecordingRetryEnvironment().client.fetch(.quick(server.url("/x")))
        #expect(response.retried.isEmpty)
    }

    @Test func serverErrorsThenSuccessListEachFailedAttemptWithItsWait() throws {
        let server = try TestHTTPServer(["/x": [.status(500), .status(503), .text("ok")]])
        let recorder = RecordingRetryEnvironment(random: 0.5)
        let response = try recorder.client.fetch(.quick(server.url("/x")))
        let url = server.url("/x")
        #expect(
            response.retried.map(Seen.init) == [
                Seen(1, url, status: 500, waited: .milliseconds(75)),
                Seen(2, url, status: 503, waited: .milliseconds(150)),
            ])
        #expect(response.retried.map(\.waited) == recorder.sleeps)
        #expect(response.retried.allSatisfy { $0.duration > .zero })
        #expect(response.attempts == 3)
    }

    @Test func tooManyRequestsListsTheWaitRetryAfterAskedFor() throws {
        let server = try TestHTTPServer(["/x": [.status(429, headers: [("Retry-After", "2")]), .text("ok")]])
        let response = try RecordingRetryEnvironment().client.fetch(.quick(server.url("/x")))
        #expect(response.retried.map(Seen.init) == [Seen(1, server.url("/x"), status: 429, waited: .seconds(2))])
    }

    @Test func aFetchThatGivesUpListsTheAttemptsBeforeTheLast() throws {
        let server = try TestHTTPServer(["/x": [.status(500), .status(429, headers: [("Retry-After", "1")])]])
        let error = #expect(throws: FetchError.self) {
            try RecordingRetryEnvironment(random: 0.5).client.fetch(.quick(server.url("/x")))
        }
        let url = server.url("/x")
        #expect(
            error?.retried.map(Seen.init) == [
                Seen(1, url, status: 500, waited: .milliseconds(75)), Seen(2, url, status: 429, waited: .seconds(1)),
            ])
        // The message is the one it always was.
        #expect(
            error?.description
                == "GET \(url): HTTP 429 Too Many Requests (gave up after 3 attempts; waited 1 s in all as Retry-After asked)"
        )
    }

    @Test func aRefusedConnectionListsItsErrorAndNoStatus() throws {
        let url = "http://127.0.0.1:\(try TestHTTPServer.unusedPort())/x"
        let error = #expect(throws: FetchError.self) {
            try RecordingRetryEnvironment(random: 0.5).client.fetch(.quick(url))
        }
        #expect(
            error?.retried.map(Seen.init) == [
                Seen(1, url, error: "connection refused", waited: .milliseconds(75)),
                Seen(2, url, error: "connection refused", waited: .milliseconds(150)),
            ])
        #expect(error?.description == "GET \(url): connection refused (gave up after 3 attempts)")
    }

    @Test func aFailureThatIsNotRetriedListsOnlyTheRetriesBeforeIt() throws {
        let server = try TestHTTPServer(["/x": [.status(503), .status(404)]])
        let error = #expect(throws: FetchError.self) {
            try RecordingRetryEnvironment(random: 0.5).client.fetch(.quick(server.url("/x")))
        }
        #expect(error?.retried.map(Seen.init) == [Seen(1, server.url("/x"), status: 503, waited: .milliseconds(75))])
        #expect(error?.description == "GET \(server.url("/x")): HTTP 404 Not Found (on attempt 2; not retried)")

        server.script("/x", [.status(404)])
        let first = #expect(throws: FetchError.self) {
            try RecordingRetryEnvironment().client.fetch(.quick(server.url("/x")))
        }
        #expect(first?.retried == [])
    }

    @Test func retriesOnEitherSideOfARedirectAreListedWithTheirURL() throws {
        let server = try TestHTTPServer([
            "/old.csv": [.status(502), .redirect(to: "/new.csv", status: 301)],
            "/new.csv": [.status(503), .text("moved")],
        ])
        let response = try RecordingRetryEnvironment(random: 0.5).client.fetch(.quick(server.url("/old.csv")))
        #expect(String(decoding: response.body, as: UTF8.self) == "moved")
        // Attempts are counted per URL, as `attempts` is.
        #expect(
            response.retried.map(Seen.init) == [
                Seen(1, server.url("/old.csv"), status: 502, waited: .milliseconds(75)),
                Seen(1, server.url("/new.csv"), status: 503, waited: .milliseconds(75)),
            ])
        #expect(response.attempts == 2)
    }

    @Test func aRefusedRedirectKeepsTheRetriesBeforeIt() throws {
        let server = try TestHTTPServer(["/x": [.status(500), .redirect(to: "ftp://example.org/a.csv")]])
        let error = #expect(throws: FetchError.self) {
            try RecordingRetryEnvironment(random: 0.5).client.fetch(.quick(server.url("/x")))
        }
        #expect(error?.retried.map(Seen.init) == [Seen(1, server.url("/x"), status: 500, waited: .milliseconds(75))])
    }

    @Test func theURLOfAnAttemptIsRedacted() throws {
        let server = try TestHTTPServer(["/x": [.status(500), .text("ok")]])
        let response = try RecordingRetryEnvironment().client.fetch(.quick(server.url("/x?api_key=s3cret")))
        #expect(response.retried.map(\.url.description) == [server.url("/x?api_key=***")])
    }
}
