/// Fetches one resource over http, https or file. Synchronous on purpose: the live client
/// blocks in libcurl, which must not run on Swift's cooperative thread pool, so callers are
/// the synchronous CLI commands (or a thread of their own).
public protocol HTTPClient: Sendable {
    /// Fetches `request.url`, following redirects and retrying transient failures as the request
    /// says. Returns a 2xx response, or a 304 when the request's validators still hold; every
    /// other outcome throws a `FetchError` whose message names the redacted URL.
    func fetch(_ request: HTTPRequest) throws(FetchError) -> HTTPResponse
}
