/// An absolute URL split as RFC 3986 §3 does (`scheme://userinfo@host:port/path?query#fragment`),
/// without decoding or judging it: the text may be hostile, and every part is only looked at.
struct URLParts {
    /// Lowercased; nil when the text has no `scheme://`.
    var scheme: String?
    /// Whether the text has an authority (after `scheme://`, or a bare `user@host`).
    var hasAuthority = false
    var userinfo: Substring?
    /// `host` or `host:port`, IPv6 literals in brackets.
    var hostPort: Substring = ""
    var path: Substring = ""
    var query: Substring?
    var fragment: Substring?

    init(_ text: String) {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            fragment = rest[rest.index(after: hash)...]
            rest = rest[..<hash]
        }
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        if let separator = rest.range(of: "://"), Self.isScheme(rest[..<separator.lowerBound]) {
            scheme = rest[..<separator.lowerBound].lowercased()
            rest = rest[separator.upperBound...]
        } else if !rest.prefix(while: { $0 != "/" }).contains("@") {
            path = rest
            return
        }
        hasAuthority = true
        var authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        // A password with a raw "/" would end the authority early and be shown as a path: in
        // http(s) a userinfo ends at the last "@" before the query, wherever it is.
        if scheme == "http" || scheme == "https", let at = rest.lastIndex(of: "@"), at > authorityEnd {
            authorityEnd = rest[at...].firstIndex(of: "/") ?? rest.endIndex
        }
        let authority = rest[..<authorityEnd]
        path = rest[authorityEnd...]
        if let at = authority.lastIndex(of: "@") {
            userinfo = authority[..<at]
            hostPort = authority[authority.index(after: at)...]
        } else {
            hostPort = authority
        }
    }

    /// The host without brackets or port, lowercased.
    var host: String {
        if hostPort.hasPrefix("["), let close = hostPort.firstIndex(of: "]") {
            return hostPort[hostPort.index(after: hostPort.startIndex)..<close].lowercased()
        }
        return (hostPort.split(separator: ":", omittingEmptySubsequences: false).first ?? "").lowercased()
    }

    /// The explicit port, or the scheme's default (RFC 9110 §4.2).
    var port: Int? {
        let afterHost = hostPort.hasPrefix("[") ? hostPort.drop { $0 != "]" }.dropFirst() : hostPort.drop { $0 != ":" }
        if afterHost.hasPrefix(":"), let port = Int(afterHost.dropFirst()) { return port }
        switch scheme {
        case "http": return 80
        case "https": return 443
        default: return nil
        }
    }

    /// RFC 6454 §4: scheme, host and port. Credentials stay with their origin.
    var origin: String { "\(scheme ?? "")://\(host):\(port.map(String.init) ?? "")" }

    /// RFC 3986 §3.1: ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).
    private static func isScheme(_ text: Substring) -> Bool {
        guard let first = text.utf8.first, isLetter(first) else { return false }
        return text.utf8.allSatisfy {
            isLetter($0) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || "+-.".utf8.contains($0)
        }
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
    }
}

/// The value of an ASCII hex digit.
private func hexValue(_ b: UInt8) -> UInt8? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return b - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return b - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return b - UInt8(ascii: "A") + 10
    default: return nil
    }
}

/// RFC 3986 §2.1 percent-decoding, with `+` as a space in a query (HTML form encoding). Bad
/// escapes are kept as they are; the result is only compared or shown, never trusted.
func percentDecoded(_ text: Substring, plusIsSpace: Bool = false) -> String {
    let source = Array(text.utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(source.count)
    var i = 0
    while i < source.count {
        let b = source[i]
        if b == UInt8(ascii: "%"), i + 2 < source.count, let hi = hexValue(source[i + 1]),
            let lo = hexValue(source[i + 2])
        {
            bytes.append(hi << 4 | lo)
            i += 3
        } else {
            bytes.append(plusIsSpace && b == UInt8(ascii: "+") ? UInt8(ascii: " ") : b)
            i += 1
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}
