/// Why a fetch failed. Its description is the one line the user sees, naming the redacted URL,
/// what went wrong and whether retrying was tried:
///
///     GET http://127.0.0.1:8080/x: HTTP 404 Not Found (not retried)
///     GET https://api.example/v1?key=***: connection refused (gave up after 3 attempts)
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Reason: Sendable, Hashable {
        /// A status that is neither a success, 304 nor a redirect that was followed.
        case status(Int)
        case connectTimeout(Duration)
        /// The attempt took longer than the request's `timeout`.
        case timeout(Duration)
        /// Nothing arrived for the request's `stallTimeout`.
        case stalled(Duration)
        case connectionRefused
        /// The connection failed for another reason (the system's text, e.g. "No route to host").
        case couldNotConnect(String)
        case connectionReset
        case emptyReply
        /// The connection closed before the body was complete.
        case truncated(received: Int64, expected: Int64?)
        case bodyTooLarge(limit: Int)
        case tooManyRedirects(limit: Int, next: RedactedURL)
        case redirectLoop(from: RedactedURL, backTo: RedactedURL)
        case insecureRedirect(to: RedactedURL)
        case unsupportedRedirect(to: RedactedURL)
        /// libcurl's TLS detail (no secrets: it names hosts and certificates).
        case tlsHandshake(String)
        case untrustedCertificate(String)
        case unreadableCABundle(path: String)
        case hostNotFound(String)
        case fileNotFound
        case fileUnreadable
        case unsupportedScheme(String)
        case malformedURL
        /// A configured header with a bad name or a line break in its value (its position, 1-based).
        case invalidHeader(position: Int)
        /// Anything else libcurl reports, with its error number.
        case curl(code: Int, detail: String)

        /// The HTTP status, when that is what went wrong.
        public var statusCode: Int? {
            if case .status(let code) = self { code } else { nil }
        }

        /// Worth another attempt: refused or reset connections, timeouts, stalls, cut-short
        /// bodies, HTTP 429 and 5xx.
        public var isTransient: Bool {
            switch self {
            case .status(let code): code == 429 || (500...599).contains(code)
            case .connectTimeout, .timeout, .stalled, .connectionRefused, .couldNotConnect, .connectionReset,
                .emptyReply, .truncated:
                true
            default: false
            }
        }
    }

    /// What the retry loop did before this error.
    public enum Retrying: Sendable, Hashable {
        /// Nothing went over the network, or retrying does not apply (a file, a refused redirect).
        case notApplicable
        /// The failure is not transient; it happened on attempt `attempts`.
        case notRetried(attempts: Int)
        /// Every attempt the policy allows failed transiently; `retryAfterWaited` is the part of
        /// the waits that the server asked for.
        case gaveUp(attempts: Int, retryAfterWaited: Duration)
        /// The server's Retry-After was longer than the policy honours.
        case retryAfterTooLong(attempts: Int, asked: Duration, limit: Duration)
    }

    /// The request's URL, redacted (the URL the user configured).
    public let url: RedactedURL
    public let reason: Reason
    public let retrying: Retrying
    /// The URL that failed, when redirects led away from `url`.
    public let redirectedTo: RedactedURL?
    /// The attempts that failed transiently and were tried again before the one that ended the
    /// fetch, each with the wait that followed it; empty when that was the first request.
    public let retried: [HTTPAttempt]

    public init(
        url: RedactedURL, reason: Reason, retrying: Retrying = .notApplicable, redirectedTo: RedactedURL? = nil,
        retried: [HTTPAttempt] = []
    ) {
        self.url = url
        self.reason = reason
        self.retrying = retrying
        self.redirectedTo = redirectedTo
        self.retried = retried
    }

    /// Requests sent for the failing URL.
    public var attempts: Int {
        switch retrying {
        case .notApplicable: 0
        case .notRetried(let n), .gaveUp(let n, _), .retryAfterTooLong(let n, _, _): n
        }
    }
}
