/// One request that failed transiently and was tried again: what came back, and how long the
/// client waited before the next attempt. `HTTPResponse.retried` and `FetchError.retried` list
/// them, so that a retry after a 500 or a 429 leaves a trace in the output and the fetch log.
public struct HTTPAttempt: Sendable, Hashable {
    /// 1, 2, … counted per URL, as `HTTPResponse.attempts` and `FetchError.attempts` are.
    public var number: Int
    /// The URL requested, redacted: the request's own URL, or where redirects had led.
    public var url: RedactedURL
    /// The HTTP status received, nil when no response came.
    public var status: Int?
    /// What went wrong besides the status (`connection refused`, `timed out after 30 s`); nil
    /// when the status alone says it (a 500, a 429).
    public var error: String?
    /// How long the transfer took.
    public var duration: Duration
    /// How long the client then waited before the next attempt (the backoff, or what
    /// Retry-After asked for).
    public var waited: Duration

    public init(
        number: Int, url: RedactedURL, status: Int?, error: String?, duration: Duration = .zero,
        waited: Duration = .zero
    ) {
        self.number = number
        self.url = url
        self.status = status
        self.error = error
        self.duration = duration
        self.waited = waited
    }
}
