import Fetch
import Foundation
import TestSupport
import Testing

/// TLS verification against a real HTTPS server (`openssl s_server`) with a certificate that
/// only the CA bundle made for it trusts.
@Suite(.enabled(if: TestTLSServer.isAvailable, "needs openssl on PATH for an HTTPS test server"))
struct HTTPSTests {
    @Test func anUntrustedCertificateIsRefused() throws {
        let server = try TestTLSServer(["/data.csv": .text("secret data")])
        #expect(
            RecordingRetryEnvironment().client.failureMessage(.quick(server.url("/data.csv")))
                == "GET \(server.url("/data.csv")): the server's TLS certificate is not trusted: self-signed certificate "
                + "(not retried; if the source uses a private CA, give it a CA bundle)")
    }

    @Test func theSourcesCABundleMakesItTrusted() throws {
        let server = try TestTLSServer(["/data.csv": .text("2610A,35\n")])
        var request = HTTPRequest.quick(server.url("/data.csv"))
        request.caBundle = server.certificatePath
        let response = try RecordingRetryEnvironment().client.fetch(request)
        #expect(String(decoding: response.body, as: UTF8.self) == "2610A,35\n")
    }

    @Test func aMissingCABundleIsNamed() throws {
        let server = try TestTLSServer(["/data.csv": .text("2610A,35\n")])
        var request = HTTPRequest.quick(server.url("/data.csv"))
        request.caBundle = "/nonexistent/bureau-ca.pem"
        #expect(
            RecordingRetryEnvironment().client.failureMessage(request)
                == "GET \(server.url("/data.csv")): cannot read the CA bundle /nonexistent/bureau-ca.pem (not retried)")
    }

    @Test func aRedirectFromHTTPToHTTPSIsFollowed() throws {
        let tls = try TestTLSServer(["/data.csv": .text("over TLS")])
        let plain = try TestHTTPServer(["/data.csv": [.redirect(to: tls.url("/data.csv"), status: 308)]])
        var request = HTTPRequest.quick(plain.url("/data.csv"))
        request.caBundle = tls.certificatePath
        let response = try RecordingRetryEnvironment().client.fetch(request)
        #expect(String(decoding: response.body, as: UTF8.self) == "over TLS")
        #expect(response.finalURL.description == tls.url("/data.csv"))
    }

    @Test func aRedirectFromHTTPSToHTTPIsRefused() throws {
        let plain = try TestHTTPServer(["/data.csv": [.text("in clear text")]])
        let tls = try TestTLSServer(["/data.csv": .redirect(to: plain.url("/data.csv"))])
        var request = HTTPRequest.quick(tls.url("/data.csv"))
        request.caBundle = tls.certificatePath
        #expect(
            RecordingRetryEnvironment().client.failureMessage(request)
                == "GET \(tls.url("/data.csv")): refused a redirect from HTTPS to plain HTTP (\(plain.url("/data.csv")))"
        )
        #expect(plain.requests.isEmpty)
    }
}
