import CCurl

/// The live `HTTPClient`, on libcurl: TLS verification always on, protocols limited to http,
/// https and file, bounded time, size and redirects, transient failures retried with backoff.
/// Each call blocks its thread until the fetch ends.
public struct CurlHTTPClient: HTTPClient {
    public let userAgent: String
    public let environment: RetryEnvironment

    public init(userAgent: String = CurlHTTPClient.userAgent(), environment: RetryEnvironment = .live) {
        self.userAgent = userAgent
        self.environment = environment
    }

    /// `airbulletin (daily air-quality bulletin; contact: …) libcurl/7.88.1`: upstream operators
    /// can see who calls and whom to ask. Characters that could break the header are dropped.
    public static func userAgent(contact: String? = nil) -> String {
        let version = String(cString: ab_curl_version())
        let contact = contact.map { text in
            String(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value < 0x7F && $0 != "(" && $0 != ")" })
        }
        let comment = ["daily air-quality bulletin", contact.map { "contact: " + $0 }].compactMap { $0 }
        return "airbulletin (\(comment.joined(separator: "; "))) libcurl/\(version)"
    }

    public func fetch(_ request: HTTPRequest) throws(FetchError) -> HTTPResponse {
        let redactor = Redactor(request)
        let shownURL = redactor.url(request.url)
        if let problem = Self.problem(with: request) { throw FetchError(url: shownURL, reason: problem) }
        let easy: CurlEasy
        do {
            easy = try CurlEasy(request: request, userAgent: userAgent)
        } catch {
            throw FetchError(url: shownURL, reason: .curl(code: Int(error.code.rawValue), detail: error.detail))
        }
        var url = request.url
        var visited = [url]
        var headers = request.headers + request.validators.conditionalHeaders
        var spent = Duration.zero
        var waited = Duration.zero
        var retried: [HTTPAttempt] = []
        while true {
            let (result, attempts) = try performWithRetries(
                easy, url: url, headers: headers, request: request, redactor: redactor, spent: &spent, waited: &waited,
                retried: &retried)
            guard let next = result.redirect else {
                return response(
                    result, url: url, request: request, redactor: redactor, attempts: attempts,
                    redirects: visited.count - 1, spent: spent, waited: waited, retried: retried)
            }
            if let refusal = Self.refusal(
                of: next, from: url, visited: visited, limit: request.maxRedirects, redactor: redactor)
            {
                throw FetchError(url: shownURL, reason: refusal, retried: retried)
            }
            // Credentials belong to their origin (RFC 9110 §15.4): like libcurl with
            // Authorization, secret headers are not sent on to another one.
            if URLParts(next).origin != URLParts(url).origin { headers.removeAll(where: \.isSecret) }
            visited.append(next)
            url = next
        }
    }

    /// One URL, attempted until it answers, fails for good or the policy gives up. Each attempt
    /// that is tried again is appended to `retried`, with the wait that followed it.
    private func performWithRetries(
        _ easy: CurlEasy, url: String, headers: [HTTPHeader], request: HTTPRequest, redactor: Redactor,
        spent: inout Duration, waited: inout Duration, retried: inout [HTTPAttempt]
    ) throws(FetchError) -> (CurlTransferResult, attempts: Int) {
        let policy = request.retryPolicy
        let isFile = URLParts(url).scheme == "file"
        var attempt = 0
        var retryAfterWaited = Duration.zero
        while true {
            attempt += 1
            let result = easy.perform(url, headers: headers, maxBodyBytes: request.maxBodyBytes)
            spent += result.elapsed
            guard let reason = result.failure(url: url, request: request, redactor: redactor) else {
                return (result, attempt)
            }
            let fail = { [retried] (retrying: FetchError.Retrying) in
                FetchError(
                    url: redactor.url(request.url), reason: reason, retrying: isFile ? .notApplicable : retrying,
                    redirectedTo: url == request.url ? nil : redactor.url(url), retried: retried)
            }
            guard reason.isTransient else { throw fail(.notRetried(attempts: attempt)) }
            guard attempt < policy.maxAttempts else {
                throw fail(.gaveUp(attempts: attempt, retryAfterWaited: retryAfterWaited))
            }
            let retryAfter = result.retryAfter(now: environment.now)
            if let retryAfter, retryAfter > policy.maxRetryAfter {
                throw fail(.retryAfterTooLong(attempts: attempt, asked: retryAfter, limit: policy.maxRetryAfter))
            }
            let delay = retryAfter ?? policy.backoff(afterAttempt: attempt, random: environment.random())
            retried.append(
                HTTPAttempt(
                    number: attempt, url: redactor.url(url), status: result.status == 0 ? nil : result.status,
                    error: reason.statusCode == nil ? reason.description : nil, duration: result.elapsed,
                    waited: delay))
            environment.sleep(delay)
            waited += delay
            if retryAfter != nil { retryAfterWaited += delay }
        }
    }
}
