extension FetchError {
    /// `GET <redacted URL> [(redirected to <URL>)]: <what went wrong> (<what retrying did>; <a
    /// hint>)`, on one line.
    public var description: String {
        let notes = [retryingNote, hint].compactMap { $0 }
        return "GET \(url)" + (redirectedTo.map { " (redirected to \($0))" } ?? "") + ": \(reason)"
            + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
    }

    private var retryingNote: String? {
        switch retrying {
        case .notApplicable:
            return nil
        case .notRetried(let attempts):
            return attempts > 1 ? "on attempt \(attempts); not retried" : "not retried"
        case .gaveUp(let attempts, let waited):
            let gaveUp = "gave up after \(attempts) attempt" + (attempts == 1 ? "" : "s")
            return waited > .zero ? gaveUp + "; waited \(waited.secondsText) in all as Retry-After asked" : gaveUp
        case .retryAfterTooLong(let attempts, let asked, let limit):
            let start = attempts > 1 ? "gave up after \(attempts) attempts" : "not retried"
            return start + ": Retry-After asked for \(asked.secondsText), more than the \(limit.secondsText) allowed"
        }
    }

    /// What the user can do, where that is not obvious from the reason.
    private var hint: String? {
        switch reason {
        case .untrustedCertificate: "if the source uses a private CA, give it a CA bundle"
        case .bodyTooLarge: "raise the source's body limit if the file really is this large"
        default: nil
        }
    }
}

extension FetchError.Reason: CustomStringConvertible {
    public var description: String {
        switch self {
        case .status(let code): ["HTTP \(code)", HTTPStatus.phrase(code)].compactMap { $0 }.joined(separator: " ")
        case .connectTimeout(let limit): "no connection within \(limit.secondsText)"
        case .timeout(let limit): "timed out after \(limit.secondsText)"
        case .stalled(let limit): "the transfer stalled: nothing received for \(limit.secondsText)"
        case .connectionRefused: "connection refused"
        case .couldNotConnect(let detail): "could not connect: \(detail)"
        case .connectionReset: "connection reset by the server"
        case .emptyReply: "the server closed the connection without a response"
        case .truncated(let received, let expected?):
            "the response was cut short: \(received) of \(expected) bytes received"
        case .truncated(let received, nil): "the response was cut short after \(received) bytes"
        case .bodyTooLarge(let limit): "the response body is larger than the limit of \(limit) bytes"
        case .tooManyRedirects(let limit, let next):
            "more than \(limit) redirect\(limit == 1 ? "" : "s") (the next was to \(next))"
        case .redirectLoop(let from, let backTo): "redirect loop: \(from) redirects back to \(backTo)"
        case .insecureRedirect(let to): "refused a redirect from HTTPS to plain HTTP (\(to))"
        case .unsupportedRedirect(let to): "refused a redirect to \(to) (only http and https are followed)"
        case .tlsHandshake(let detail): "TLS handshake failed: \(detail)"
        case .untrustedCertificate(let detail): "the server's TLS certificate is not trusted: \(detail)"
        case .unreadableCABundle(let path): "cannot read the CA bundle \(path)"
        case .hostNotFound(let host): "cannot resolve the host name \(host)"
        case .fileNotFound: "no such file"
        case .fileUnreadable: "the file cannot be read (check its permissions)"
        case .unsupportedScheme(let scheme): "unsupported scheme \"\(scheme)\" (use http, https or file)"
        case .malformedURL: "not a valid URL (expected http://, https:// or file:// and no spaces)"
        case .invalidHeader(let position):
            "request header \(position) has a bad name or a line break in its value"
        case .curl(let code, let detail): "\(detail) (libcurl error \(code))"
        }
    }
}

extension Duration {
    /// `2 s`, `0.3 s`, `1.25 s`.
    var secondsText: String {
        let milliseconds = wholeMilliseconds
        var text = "\(milliseconds / 1000)"
        if milliseconds % 1000 != 0 {
            let fraction = String(milliseconds % 1000)
            text += "." + String(repeating: "0", count: 3 - fraction.count) + fraction
            while text.hasSuffix("0") { text.removeLast() }
        }
        return text + " s"
    }
}
