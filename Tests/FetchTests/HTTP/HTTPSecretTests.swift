import TestSupport
import Testing

@testable import Fetch

/// No secret (userinfo, a key parameter, a secret header) may reach a message, a log or the store.
@Suite struct HTTPSecretTests {
    @Test(arguments: [
        (
            "https://user:pa55word@api.example.org/v1?city=wenshan&api_key=abc123&Token=t0k&sig=xyz#access_token=zzz",
            "https://user:***@api.example.org/v1?city=wenshan&api_key=***&Token=***&sig=***#access_token=***"
        ),
        ("https://ghp_abcdef@github.com/x.csv", "https://***@github.com/x.csv"),
        (
            "https://s3.example/a.csv?X-Amz-Signature=f00d&X-Amz-Credential=AK%2F1",
            "https://s3.example/a.csv?X-Amz-Signature=***&X-Amz-Credential=***"
        ),
        (
            "http://h/q?api%5Fkey=abc&client_secret=s&key&password=",
            "http://h/q?api%5Fkey=***&client_secret=***&key&password=***"
        ),
        ("http://h/a b\nc?x=1\r\n", "http://h/a%20b%0Ac?x=1%0D%0A"),
        // A raw "/" in a password, and a URL without its scheme, still hide the password.
        ("https://user:pa/ss@h.example/x?a=1", "https://user:***@h.example/x?a=1"),
        ("user:pw-1234@h.example/x", "user:***@h.example/x"),
        ("file:///data/站点列表.csv", "file:///data/站点列表.csv"),
    ])
    func aURLIsShownWithItsSecretsHidden(url: String, shown: String) {
        #expect(RedactedURL(url).description == shown)
    }

    @Test func parametersTheCallerMarksAreHiddenToo() {
        #expect(
            RedactedURL("http://h/q?AppID=123&station=2610A", secretParameters: ["appid"]).description
                == "http://h/q?AppID=***&station=2610A")
    }

    @Test func secretsInTheURLOrAHeaderNeverReachTheMessage() throws {
        let server = try TestHTTPServer()
        let url = "http://bureau:hunter22@127.0.0.1:\(server.port)/api?appid=wx1234&key=k3y-s3cret&city=wenshan"
        var request = HTTPRequest.quick(
            url, headers: [.secret("X-Bureau-Pass", "p4ss-header"), HTTPHeader(name: "X-API-Key", value: "apikey-777")])
        request.secretParameters = ["appid"]
        let message = RecordingRetryEnvironment().client.failureMessage(request)
        #expect(
            message
                == "GET http://bureau:***@127.0.0.1:\(server.port)/api?appid=***&key=***&city=wenshan: "
                + "HTTP 404 Not Found (not retried)")
        for secret in ["hunter22", "wx1234", "k3y-s3cret", "p4ss-header", "apikey-777"] {
            #expect(!message.contains(secret))
        }
        // The secrets were sent all the same.
        let received = try #require(server.requests.first)
        #expect(received.target == "/api?appid=wx1234&key=k3y-s3cret&city=wenshan")
        #expect(received.header("X-Bureau-Pass") == "p4ss-header")
        #expect(received.header("Authorization") == "Basic YnVyZWF1Omh1bnRlcjIy")
        #expect(
            String(describing: request)
                == "GET http://bureau:***@127.0.0.1:\(server.port)/api?appid=***&key=***&city=wenshan")
        #expect(request.headers.map(\.description) == ["X-Bureau-Pass: ***", "X-API-Key: ***"])
        var dumped = ""
        dump(request, to: &dumped)
        #expect(!dumped.contains("hunter22") && !dumped.contains("p4ss-header") && !dumped.contains("apikey-777"))
    }

    @Test func secretHeadersStayWithTheirOrigin() throws {
        let other = try TestHTTPServer(["/data.csv": [.text("elsewhere")]])
        let server = try TestHTTPServer([
            "/same": [.redirect(to: "/data.csv")], "/data.csv": [.text("here")],
            "/away": [.redirect(to: other.url("/data.csv"))],
        ])
        let headers = [
            HTTPHeader(name: "Accept", value: "text/csv"), HTTPHeader(name: "Authorization", value: "Bearer t0ken"),
            .secret("X-Bureau", "b1"),
        ]
        let client = RecordingRetryEnvironment().client
        _ = try client.fetch(.quick(server.url("/same"), headers: headers))
        #expect(server.requests(to: "/data.csv").first?.header("X-Bureau") == "b1")
        #expect(server.requests(to: "/data.csv").first?.header("Authorization") == "Bearer t0ken")

        let response = try client.fetch(.quick(server.url("/away"), headers: headers))
        #expect(String(decoding: response.body, as: UTF8.self) == "elsewhere")
        let received = try #require(other.requests.first)
        #expect(received.header("Accept") == "text/csv")
        #expect(received.header("Authorization") == nil)
        #expect(received.header("X-Bureau") == nil)
    }

    @Test func libcurlTextIsScrubbedOfTheRequestsSecretValues() {
        var request = HTTPRequest(
            url: "https://u:pw-9876@h.example/x?token=tok%2B42&n=1", headers: [.secret("X-K", "hdr-5555")])
        request.secretParameters = ["n"]
        let redactor = Redactor(request)
        #expect(
            redactor.scrub("failed for pw-9876 tok+42 tok%2B42 hdr-5555 and 1\r\nnext")
                == "failed for *** *** *** *** and 1%0D%0Anext")
    }
}
