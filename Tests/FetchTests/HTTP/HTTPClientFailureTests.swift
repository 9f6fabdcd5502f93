import Fetch
import Foundation
import TestSupport
import Testing

/// Every failure a user can meet, with the exact line they see.
@Suite struct HTTPClientFailureTests {
    @Test func aNotFoundIsReportedAndNotRetried() throws {
        let server = try TestHTTPServer()
        let recorder = RecordingRetryEnvironment()
        #expect(
            recorder.client.failureMessage(.quick(server.url("/x")))
                == "GET \(server.url("/x")): HTTP 404 Not Found (not retried)")
        #expect(server.requests.count == 1)
        #expect(recorder.sleeps.isEmpty)
    }

    @Test func aServerErrorIsRetriedWithBackoffUntilItAnswers() throws {
        let server = try TestHTTPServer(["/x": [.status(500), .status(503), .text("ok")]])
        let recorder = RecordingRetryEnvironment(random: 0.5)
        let response = try recorder.client.fetch(.quick(server.url("/x")))
        #expect(String(decoding: response.body, as: UTF8.self) == "ok")
        #expect(response.attempts == 3)
        #expect(server.requests.count == 3)
        // 100 ms then 200 ms, each with half of it jitter at 0.5: 75 ms and 150 ms.
        #expect(recorder.sleeps == [.milliseconds(75), .milliseconds(150)])
        #expect(response.waited == .milliseconds(225))
    }

    @Test func aServerErrorThatPersistsEndsAfterTheLastAttempt() throws {
        let server = try TestHTTPServer(["/x": [.status(500)]])
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/x")))
                == "GET \(server.url("/x")): HTTP 500 Internal Server Error (gave up after 3 attempts)")
        #expect(server.requests.count == 3)
    }

    @Test func tooManyRequestsWaitsAsRetryAfterAsks() throws {
        let server = try TestHTTPServer(["/x": [.status(429, headers: [("Retry-After", "2")]), .text("ok")]])
        let recorder = RecordingRetryEnvironment()
        let response = try recorder.client.fetch(.quick(server.url("/x")))
        #expect(response.attempts == 2)
        #expect(recorder.sleeps == [.seconds(2)])
        #expect(response.waited == .seconds(2))
    }

    @Test func aRetryAfterDateIsMeasuredFromTheServersDate() throws {
        let server = try TestHTTPServer([
            "/x": [
                .status(
                    503,
                    headers: [
                        ("Date", "Wed, 15 Jan 2025 08:00:00 GMT"), ("Retry-After", "Wed, 15 Jan 2025 08:00:03 GMT"),
                    ]),
                .text("ok"),
            ]
        ])
        // The local clock is hours off; the server's own Date sets the reference.
        let recorder = RecordingRetryEnvironment(now: 1_736_899_200)
        _ = try recorder.client.fetch(.quick(server.url("/x")))
        #expect(recorder.sleeps == [.seconds(3)])
    }

    @Test func tooManyRequestsThatPersistsSaysWhatItWaited() throws {
        let server = try TestHTTPServer(["/x": [.status(429, headers: [("Retry-After", "1")])]])
        let recorder = RecordingRetryEnvironment()
        #expect(
            recorder.client.failureMessage(.quick(server.url("/x")))
                == "GET \(server.url("/x")): HTTP 429 Too Many Requests "
                + "(gave up after 3 attempts; waited 2 s in all as Retry-After asked)")
        #expect(recorder.sleeps == [.seconds(1), .seconds(1)])
    }

    @Test func aRetryAfterLongerThanThePolicyAllowsEndsTheRequest() throws {
        let server = try TestHTTPServer(["/x": [.status(429, headers: [("Retry-After", "3600")])]])
        let recorder = RecordingRetryEnvironment()
        #expect(
            recorder.client.failureMessage(.quick(server.url("/x")))
                == "GET \(server.url("/x")): HTTP 429 Too Many Requests "
                + "(not retried: Retry-After asked for 3600 s, more than the 120 s allowed)")
        #expect(recorder.sleeps.isEmpty)
        #expect(server.requests.count == 1)
    }

    @Test func aSilentServerTimesOut() throws {
        let server = try TestHTTPServer(["/x": [.silence]])
        let request = HTTPRequest.quick(
            server.url("/x"), timeout: .milliseconds(300), retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .zero))
        #expect(
            RecordingRetryEnvironment().client.failureMessage(request)
                == "GET \(server.url("/x")): timed out after 0.3 s (gave up after 2 attempts)")
        #expect(server.requests.count == 2)
    }

    @Test func aTransferThatStallsAfterTheHeadersEndsAtTheStallLimit() throws {
        // Bytes already received count toward libcurl's 1 byte/s average for a few seconds, so
        // the stall starts right after the headers to keep the test at about one second.
        let server = try TestHTTPServer([
            "/x": [TestHTTPResponse(body: Array(repeating: 65, count: 100), delivery: .stall(afterBodyBytes: 0))]
        ])
        var request = HTTPRequest.quick(server.url("/x"), retryPolicy: .never)
        request.stallTimeout = .seconds(1)
        #expect(
            RecordingRetryEnvironment().client.failureMessage(request)
                == "GET \(server.url("/x")): the transfer stalled: nothing received for 1 s (gave up after 1 attempt)")
    }

    @Test func aBodyCutShortIsReportedWithWhatArrived() throws {
        let server = try TestHTTPServer([
            "/x": [.text("0123456789", delivery: .truncate(afterBodyBytes: 4))]
        ])
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/x")))
                == "GET \(server.url("/x")): the response was cut short: 4 of 10 bytes received "
                + "(gave up after 3 attempts)")
    }

    @Test(arguments: [TestHTTPResponse.Delivery.complete, .closeDelimited])
    func aBodyOverTheLimitIsRefused(delivery: TestHTTPResponse.Delivery) throws {
        let server = try TestHTTPServer(["/x": [.text(String(repeating: "x", count: 20_000), delivery: delivery)]])
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/x"), maxBodyBytes: 8))
                == "GET \(server.url("/x")): the response body is larger than the limit of 8 bytes "
                + "(not retried; raise the source's body limit if the file really is this large)")
        #expect(server.requests.count == 1)
    }

    @Test func theLimitCountsTheBodyAfterDecompression() throws {
        // 100,000 × "x" compressed by gzip -9 into 132 bytes: well under the limit on the wire.
        let bomb = try #require(
            Data(
                base64Encoded:
                    "H4sIAAAAAAACA+3BMQEAAADCoNqLbw0PoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                    + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIBXA3ERB/6ghgEA"))
        let server = try TestHTTPServer([
            "/x": [TestHTTPResponse(headers: [("Content-Encoding", "gzip")], body: Array(bomb))]
        ])
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/x"), maxBodyBytes: 10_000))
                == "GET \(server.url("/x")): the response body is larger than the limit of 10000 bytes "
                + "(not retried; raise the source's body limit if the file really is this large)")
        server.script("/x", [TestHTTPResponse(headers: [("Content-Encoding", "gzip")], body: Array(bomb))])
        let response = try RecordingRetryEnvironment().client.fetch(.quick(server.url("/x"), maxBodyBytes: 100_000))
        #expect(response.body == Array(repeating: UInt8(ascii: "x"), count: 100_000))
        #expect(response.transferredBytes == 132)
    }

    @Test func aRedirectLoopEndsWithTheLoopNamed() throws {
        let server = try TestHTTPServer(["/a": [.redirect(to: "/b")], "/b": [.redirect(to: "/a")]])
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/a")))
                == "GET \(server.url("/a")): redirect loop: \(server.url("/b")) redirects back to \(server.url("/a"))")
        #expect(server.requests.map(\.path) == ["/a", "/b"])
    }

    @Test func redirectsBeyondTheLimitAreNotFollowed() throws {
        let server = try TestHTTPServer([
            "/1": [.redirect(to: "/2")], "/2": [.redirect(to: "/3")], "/3": [.text("too far")],
        ])
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/1"), maxRedirects: 1))
                == "GET \(server.url("/1")): more than 1 redirect (the next was to \(server.url("/3")))")
        #expect(server.requests.map(\.path) == ["/1", "/2"])
    }

    @Test func aFailureAfterARedirectNamesWhereItLed() throws {
        let server = try TestHTTPServer(["/old.csv": [.redirect(to: "/new.csv", status: 301)]])
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/old.csv")))
                == "GET \(server.url("/old.csv")) (redirected to \(server.url("/new.csv"))): HTTP 404 Not Found (not retried)"
        )
    }

    @Test func aRedirectToAnotherSchemeIsRefused() throws {
        let server = try TestHTTPServer(["/x": [.redirect(to: "file:///etc/passwd")]])
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/x")))
                == "GET \(server.url("/x")): refused a redirect to file:///etc/passwd (only http and https are followed)"
        )
    }

    @Test func aRefusedConnectionIsRetriedThenReported() throws {
        let url = "http://127.0.0.1:\(try TestHTTPServer.unusedPort())/x"
        let recorder = RecordingRetryEnvironment()
        #expect(
            recorder.client.failureMessage(.quick(url))
                == "GET \(url): connection refused (gave up after 3 attempts)")
        #expect(recorder.sleeps.count == 2)
    }

    @Test func aResetConnectionIsRetried() throws {
        let server = try TestHTTPServer(["/x": [TestHTTPResponse(delivery: .reset), .text("ok")]])
        let response = try RecordingRetryEnvironment().client.fetch(.quick(server.url("/x")))
        #expect(response.attempts == 2)
        server.script("/x", [TestHTTPResponse(delivery: .reset)])
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/x")))
                == "GET \(server.url("/x")): connection reset by the server (gave up after 3 attempts)")
    }

    @Test func aConnectionClosedWithoutAnswerIsReported() throws {
        let server = try TestHTTPServer(["/x": [TestHTTPResponse(delivery: .hangUp)]])
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/x"), retryPolicy: .never))
                == "GET \(server.url("/x")): the server closed the connection without a response (gave up after 1 attempt)"
        )
    }

    @Test func aMissingFileIsReported() throws {
        let url =
            "file://" + FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID()).csv").path
        #expect(RecordingRetryEnvironment().client.failureMessage(.quick(url)) == "GET \(url): no such file")
    }

    @Test func httpsToAPlainHTTPPortFailsTheTLSHandshake() throws {
        let server = try TestHTTPServer(["/x": [.text("plain")]])
        let url = "https://127.0.0.1:\(server.port)/x"
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(url))
                == "GET \(url): TLS handshake failed: error:0A00010B:SSL routines::wrong version number (not retried)")
    }

    @Test func onlyHTTPHTTPSAndFileAreFetched() throws {
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick("ftp://example.org/a.csv"))
                == "GET ftp://example.org/a.csv: unsupported scheme \"ftp\" (use http, https or file)")
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick("example.org/a.csv"))
                == "GET example.org/a.csv: not a valid URL (expected http://, https:// or file:// and no spaces)")
    }

    @Test func aHeaderThatWouldSmuggleAnotherIsRefused() throws {
        let server = try TestHTTPServer(["/x": [.text("ok")]])
        let headers = [
            HTTPHeader(name: "Accept", value: "text/csv"), HTTPHeader(name: "X-City", value: "a\r\nX-Admin: 1"),
        ]
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/x"), headers: headers))
                == "GET \(server.url("/x")): request header 2 has a bad name or a line break in its value")
        #expect(server.requests.isEmpty)
    }
}
