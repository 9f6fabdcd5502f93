/// A successful fetch: a 2xx response, a 304 for a conditional request whose copy is still
/// current, or the bytes of a file.
public struct HTTPResponse: Sendable, Hashable {
    /// The HTTP status; 200 for a file:// URL.
    public let status: Int
    public let headers: HTTPHeaders
    /// The body, decompressed; empty for a 304.
    public let body: [UInt8]
    /// The validators to send next time (those of the request when a 304 does not repeat them).
    public let validators: HTTPValidators
    /// Where the body came from after redirects, redacted.
    public let finalURL: RedactedURL
    /// Bytes received for the body, before decompression.
    public let transferredBytes: Int64
    /// Time spent in transfers, every attempt and redirect included, waits between attempts not.
    public let duration: Duration
    /// Time spent waiting between attempts.
    public let waited: Duration
    /// Requests sent for the final URL (1 when it answered at once).
    public let attempts: Int
    /// Redirects followed to reach the final URL.
    public let redirects: Int
    /// The attempts that failed transiently and were tried again, in order, each with the wait
    /// that followed it; empty when every URL answered at once.
    public let retried: [HTTPAttempt]

    public init(
        status: Int, headers: HTTPHeaders = HTTPHeaders(), body: [UInt8], validators: HTTPValidators = HTTPValidators(),
        finalURL: RedactedURL, transferredBytes: Int64? = nil, duration: Duration = .zero, waited: Duration = .zero,
        attempts: Int = 1, redirects: Int = 0, retried: [HTTPAttempt] = []
    ) {
        self.status = status
        self.headers = headers
        self.body = body
        self.validators = validators
        self.finalURL = finalURL
        self.transferredBytes = transferredBytes ?? Int64(body.count)
        self.duration = duration
        self.waited = waited
        self.attempts = attempts
        self.redirects = redirects
        self.retried = retried
    }

    /// The copy the request's validators describe is still current (RFC 9110 §15.4.5).
    public var isNotModified: Bool { status == 304 }
    public var etag: String? { validators.etag }
    public var lastModified: String? { validators.lastModified }
}
