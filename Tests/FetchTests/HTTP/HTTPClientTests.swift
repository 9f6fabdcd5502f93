import Fetch
import Foundation
import TestSupport
import Testing

@Suite struct HTTPClientTests {
    @Test func aSuccessfulResponseCarriesBodyHeadersAndCounts() throws {
        let server = try TestHTTPServer([
            "/data.csv": [.text("date,hour\n20250115,1\n", headers: [("Content-Type", "text/csv")])]
        ])
        let recorder = RecordingRetryEnvironment()
        let response = try recorder.client.fetch(.quick(server.url("/data.csv?day=20250115")))
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "date,hour\n20250115,1\n")
        #expect(response.headers["content-type"] == "text/csv")
        #expect(response.finalURL.description == server.url("/data.csv?day=20250115"))
        #expect(response.attempts == 1)
        #expect(response.redirects == 0)
        #expect(response.transferredBytes == 21)
        #expect(!response.isNotModified)
        #expect(recorder.sleeps.isEmpty)
        let request = try #require(server.requests.first)
        #expect(request.method == "GET")
        #expect(request.target == "/data.csv?day=20250115")
    }

    @Test func theUserAgentNamesTheProgramAndItsContact() throws {
        let server = try TestHTTPServer(["/": [.text("ok")]])
        let userAgent = CurlHTTPClient.userAgent(contact: "hbj@wenshan.gov.cn\r\nX-Evil: 1")
        #expect(
            userAgent == "airbulletin (daily air-quality bulletin; contact: hbj@wenshan.gov.cnX-Evil: 1) libcurl/7.88.1"
        )
        _ = try CurlHTTPClient(userAgent: userAgent).fetch(.quick(server.url("/")))
        #expect(server.requests.first?.header("User-Agent") == userAgent)
        #expect(CurlHTTPClient.userAgent() == "airbulletin (daily air-quality bulletin) libcurl/7.88.1")
    }

    @Test func aGzipBodyIsDecompressed() throws {
        let text = String(repeating: "2610A,州水务局,PM2.5,35\n", count: 200)
        let server = try TestHTTPServer(["/gz": [.gzip(text)]])
        let response = try RecordingRetryEnvironment().client.fetch(.quick(server.url("/gz")))
        #expect(String(decoding: response.body, as: UTF8.self) == text)
        #expect(response.headers["Content-Encoding"] == "gzip")
        // Counted on the wire: the stored gzip stream is the text plus 23 bytes of framing.
        #expect(response.transferredBytes == Int64(text.utf8.count + 23))
        let offered = try #require(server.requests.first?.header("Accept-Encoding"))
        #expect(offered.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.contains("gzip"))
    }

    @Test func aConditionalRequestSendsTheValidatorsAndMaps304ToNotModified() throws {
        let etag = "\"5f3a-1736899200\""
        let lastModified = "Wed, 15 Jan 2025 00:00:00 GMT"
        let server = try TestHTTPServer([
            "/daily.csv": [
                .text("v1", headers: [("ETag", etag), ("Last-Modified", lastModified)]),
                .status(304, headers: [("ETag", etag)]),
            ]
        ])
        let client = RecordingRetryEnvironment().client
        let first = try client.fetch(.quick(server.url("/daily.csv")))
        #expect(first.validators == HTTPValidators(etag: etag, lastModified: lastModified))
        #expect(server.requests[0].header("If-None-Match") == nil)

        let second = try client.fetch(.quick(server.url("/daily.csv"), validators: first.validators))
        #expect(second.isNotModified)
        #expect(second.status == 304)
        #expect(second.body.isEmpty)
        // The 304 repeats the ETag only; the Last-Modified held still stands.
        #expect(second.validators == first.validators)
        #expect(server.requests[1].header("If-None-Match") == etag)
        #expect(server.requests[1].header("If-Modified-Since") == lastModified)
    }

    @Test func aRedirectIsFollowedToTheFinalURL() throws {
        let server = try TestHTTPServer([
            "/old.csv": [.redirect(to: "/new.csv", status: 301)],
            "/new.csv": [.text("moved")],
        ])
        let response = try RecordingRetryEnvironment().client.fetch(.quick(server.url("/old.csv")))
        #expect(String(decoding: response.body, as: UTF8.self) == "moved")
        #expect(response.redirects == 1)
        #expect(response.finalURL.description == server.url("/new.csv"))
        #expect(server.requests.map(\.path) == ["/old.csv", "/new.csv"])
    }

    @Test func aFileURLReturnsTheFileBytes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("http-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("站点 list.csv")
        try Data("2610A,州水务局\n".utf8).write(to: file)
        let response = try RecordingRetryEnvironment().client.fetch(.quick(file.absoluteString))
        #expect(response.status == 200)
        #expect(String(decoding: response.body, as: UTF8.self) == "2610A,州水务局\n")
        #expect(response.attempts == 1)
    }
}
