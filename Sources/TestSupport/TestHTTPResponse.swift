/// One scripted answer of `TestHTTPServer`: a status, header fields, a body, and how it is
/// delivered (whole, cut short, stalled, reset…).
public struct TestHTTPResponse: Sendable {
    /// How the server puts the response on the wire.
    public enum Delivery: Sendable, Hashable {
        /// Status line, headers (with Content-Length) and the whole body; then the server closes.
        case complete
        /// No Content-Length: the body ends when the server closes (RFC 9112 §6.3, item 8).
        case closeDelimited
        /// The headers announce the whole body, `bytes` of it are sent, then the server closes.
        case truncate(afterBodyBytes: Int)
        /// Silence: nothing at all (`nil`), or the headers and `bytes` of the body; the
        /// connection stays open until the client gives up or the server stops.
        case stall(afterBodyBytes: Int?)
        /// The connection is reset (TCP RST) instead of answering.
        case reset
        /// The connection is closed without a byte of response.
        case hangUp
    }

    public var status: Int
    /// Sent as given, in order. The server adds only Content-Length (unless present or
    /// close-delimited) and `Connection: close`.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    /// Waited before anything is sent.
    public var delay: Duration
    public var delivery: Delivery

    public init(
        status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8] = [],
        delay: Duration = .zero, delivery: Delivery = .complete
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.delay = delay
        self.delivery = delivery
    }

    /// A UTF-8 text body.
    public static func text(
        _ body: String, status: Int = 200, headers: [(name: String, value: String)] = [],
        delivery: Delivery = .complete
    ) -> TestHTTPResponse {
        TestHTTPResponse(status: status, headers: headers, body: Array(body.utf8), delivery: delivery)
    }

    /// An empty body with `status` (for 304, 404, 500, 429 with Retry-After…).
    public static func status(_ status: Int, headers: [(name: String, value: String)] = []) -> TestHTTPResponse {
        TestHTTPResponse(status: status, headers: headers)
    }

    /// A redirect to `location`, which may be a path (`/b`) or an absolute URL.
    public static func redirect(to location: String, status: Int = 302) -> TestHTTPResponse {
        TestHTTPResponse(status: status, headers: [("Location", location)])
    }

    /// `body` gzip-encoded, with `Content-Encoding: gzip`.
    public static func gzip(_ body: String, headers: [(name: String, value: String)] = []) -> TestHTTPResponse {
        TestHTTPResponse(headers: [("Content-Encoding", "gzip")] + headers, body: Gzip.encode(Array(body.utf8)))
    }

    /// The server reads the request and then says nothing until the client gives up.
    public static let silence = TestHTTPResponse(delivery: .stall(afterBodyBytes: nil))

    /// Status line and header fields as sent, with `Connection: close` and (when given and not
    /// scripted) Content-Length. The reason phrase is always "Scripted": clients must not rely
    /// on it.
    func head(contentLength: Int?) -> [UInt8] {
        var text = "HTTP/1.1 \(status) Scripted\r\n"
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if let contentLength, !headers.contains(where: { $0.name.lowercased() == "content-length" }) {
            text += "Content-Length: \(contentLength)\r\n"
        }
        return Array((text + "Connection: close\r\n\r\n").utf8)
    }
}
