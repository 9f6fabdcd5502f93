import CCurl

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension CurlTransferResult {
    /// The statuses whose Location is followed (RFC 9110 §15.4); 300 and 304 are not.
    static let followedRedirects: Set<Int> = [301, 302, 303, 307, 308]

    /// Where to go next, when this is a redirect to follow.
    var redirect: String? { Self.followedRedirects.contains(status) ? redirectURL : nil }

    /// Why this transfer failed, or nil when it produced a response to return (2xx, 304, a
    /// file) or a redirect to follow. `url` is what was requested; libcurl's own text is
    /// scrubbed of the request's secrets.
    func failure(url: String, request: HTTPRequest, redactor: Redactor) -> FetchError.Reason? {
        switch code {
        case CURLE_OK:
            if status == 0 || (200...299).contains(status) || status == 304 || redirect != nil { return nil }
            return .status(status)
        case CURLE_COULDNT_CONNECT:
            if osErrno == ECONNREFUSED { return .connectionRefused }
            return .couldNotConnect(osErrno != 0 ? String(cString: strerror(osErrno)) : redactor.scrub(detail))
        case CURLE_OPERATION_TIMEDOUT:
            // libcurl reports the three limits with one code: tell them apart by what happened.
            if connectTime == .zero { return .connectTimeout(min(request.connectTimeout, request.timeout)) }
            if elapsed >= request.timeout || request.stallSeconds * 1000 >= request.timeout.wholeMilliseconds {
                return .timeout(request.timeout)
            }
            return .stalled(.seconds(request.stallSeconds))
        case CURLE_RECV_ERROR, CURLE_SEND_ERROR:
            return .connectionReset
        case CURLE_GOT_NOTHING:
            return .emptyReply
        case CURLE_PARTIAL_FILE:
            return .truncated(received: downloadedBytes, expected: contentLength)
        case CURLE_FILESIZE_EXCEEDED:
            return .bodyTooLarge(limit: request.maxBodyBytes)
        case CURLE_WRITE_ERROR where exceededLimit:
            return .bodyTooLarge(limit: request.maxBodyBytes)
        case CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER:
            return .tlsHandshake(redactor.scrub(tlsDetail))
        case CURLE_PEER_FAILED_VERIFICATION:
            return .untrustedCertificate(redactor.scrub(tlsDetail))
        case CURLE_SSL_CACERT_BADFILE:
            return .unreadableCABundle(path: RedactedURL.escapeControls(request.caBundle ?? "", keepingSpaces: true))
        case CURLE_COULDNT_RESOLVE_HOST:
            return .hostNotFound(RedactedURL.escapeControls(URLParts(url).host))
        case CURLE_FILE_COULDNT_READ_FILE:
            return access(percentDecoded(URLParts(url).path), F_OK) == 0 ? .fileUnreadable : .fileNotFound
        case CURLE_UNSUPPORTED_PROTOCOL:
            return .unsupportedScheme(RedactedURL.escapeControls(URLParts(url).scheme ?? ""))
        case CURLE_URL_MALFORMAT:
            return .malformedURL
        default:
            return .curl(code: Int(code.rawValue), detail: redactor.scrub(detail))
        }
    }

    /// libcurl's TLS text without the library version ("OpenSSL/3.0.19: ") or the label
    /// "SSL certificate problem: ", which the message says in its own words.
    private var tlsDetail: String {
        var text = Substring(detail)
        if let colon = text.range(of: ": "), text[..<colon.lowerBound].contains("/"),
            !text[..<colon.lowerBound].contains(" ")
        {
            text = text[colon.upperBound...]
        }
        let problem = "SSL certificate problem: "
        return String(text.hasPrefix(problem) ? text.dropFirst(problem.count) : text)
    }

    /// RFC 9110 §10.2.3: `Retry-After` as delay-seconds or an HTTP-date. A date is measured from
    /// the response's own `Date`, so the two clocks need not agree; without one, from `now`.
    func retryAfter(now: () -> Int) -> Duration? {
        guard let value = headers["Retry-After"]?.trimmingHTTPWhitespace, !value.isEmpty else { return nil }
        if value.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) {
            // Over nine digits is longer than any limit anyway; keep it from overflowing.
            return .seconds(value.count > 9 ? 999_999_999 : Int(value) ?? 0)
        }
        let localNow = now()
        let reference = headers["Date"].flatMap { HTTPDate.unixSeconds($0, now: localNow) } ?? localNow
        guard let date = HTTPDate.unixSeconds(value, now: reference) else { return nil }
        return .seconds(max(0, date - reference))
    }
}
