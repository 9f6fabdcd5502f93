extension CurlHTTPClient {
    /// What is wrong with the request before anything is sent: a URL that is not an absolute
    /// http, https or file URL, or a header that would break the request.
    static func problem(with request: HTTPRequest) -> FetchError.Reason? {
        let parts = URLParts(request.url)
        guard let scheme = parts.scheme,
            !request.url.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F })
        else { return .malformedURL }
        guard ["http", "https", "file"].contains(scheme) else {
            return .unsupportedScheme(RedactedURL.escapeControls(scheme))
        }
        if scheme != "file" && parts.host.isEmpty { return .malformedURL }
        if let bad = request.headers.firstIndex(where: { !$0.isWellFormed }) {
            return .invalidHeader(position: bad + 1)
        }
        return nil
    }

    /// Why a redirect from `current` to `next` is not followed, or nil to follow it.
    static func refusal(
        of next: String, from current: String, visited: [String], limit: Int, redactor: Redactor
    ) -> FetchError.Reason? {
        let scheme = URLParts(next).scheme
        guard scheme == "http" || scheme == "https" else { return .unsupportedRedirect(to: redactor.url(next)) }
        // A downgrade would send the rest of the exchange, and any cookie, in clear text.
        if URLParts(current).scheme == "https" && scheme == "http" { return .insecureRedirect(to: redactor.url(next)) }
        if visited.contains(next) { return .redirectLoop(from: redactor.url(current), backTo: redactor.url(next)) }
        if visited.count > limit { return .tooManyRedirects(limit: limit, next: redactor.url(next)) }
        return nil
    }

    /// The response handed back for the final transfer.
    func response(
        _ result: CurlTransferResult, url: String, request: HTTPRequest, redactor: Redactor, attempts: Int,
        redirects: Int, spent: Duration, waited: Duration, retried: [HTTPAttempt]
    ) -> HTTPResponse {
        let isNotModified = result.status == 304
        let validators = HTTPValidators(
            etag: result.headers["ETag"] ?? (isNotModified ? request.validators.etag : nil),
            lastModified: result.headers["Last-Modified"] ?? (isNotModified ? request.validators.lastModified : nil))
        return HTTPResponse(
            status: result.status == 0 ? 200 : result.status, headers: result.headers,
            body: isNotModified ? [] : result.body,
            validators: validators, finalURL: redactor.url(url), transferredBytes: result.downloadedBytes,
            duration: spent, waited: waited, attempts: attempts, redirects: redirects, retried: retried)
    }
}
