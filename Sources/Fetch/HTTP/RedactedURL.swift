/// A URL as it may be shown in a log line, an error message or the store: the userinfo and the
/// values of secret query parameters are replaced by `***`, and control characters are
/// percent-encoded so the text stays on one line.
///
/// `https://user:pw@api.example/v1?city=wenshan&api_key=abc` shows as
/// `https://user:***@api.example/v1?city=wenshan&api_key=***`.
public struct RedactedURL: Sendable, Hashable, CustomStringConvertible {
    public let description: String

    /// `secretParameters` names query parameters to hide besides those `SecretNames` knows.
    public init(_ url: String, secretParameters: Set<String> = []) {
        description = Self.redact(url, secretParameters: Set(secretParameters.map(SecretNames.normalized))).text
    }

    /// The redacted text and the raw secret values it hid (for `Redactor` to scrub elsewhere).
    static func redact(_ url: String, secretParameters: Set<String>) -> (text: String, hidden: [Substring]) {
        let parts = URLParts(url)
        var hidden: [Substring] = []
        var text = ""
        if parts.hasAuthority {
            text += parts.scheme.map { $0 + "://" } ?? ""
            if let userinfo = parts.userinfo {
                // A user name alone is often a token (`https://TOKEN@host`): hide it too.
                if let colon = userinfo.firstIndex(of: ":") {
                    text += userinfo[..<colon] + ":***@"
                    hidden.append(userinfo[userinfo.index(after: colon)...])
                } else {
                    text += "***@"
                    hidden.append(userinfo)
                }
            }
            text += parts.hostPort
        }
        text += parts.path
        for (mark, part) in [("?", parts.query), ("#", parts.fragment)] {
            guard let part else { continue }
            text += mark + redactParameters(part, secretParameters: secretParameters, hidden: &hidden)
        }
        return (escapeControls(text), hidden)
    }

    /// `a=1&key=2` → `a=1&key=***`.
    private static func redactParameters(
        _ query: Substring, secretParameters: Set<String>, hidden: inout [Substring]
    ) -> String {
        query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            guard let equals = pair.firstIndex(of: "=") else { return String(pair) }
            let name = percentDecoded(pair[..<equals], plusIsSpace: true)
            guard SecretNames.isSecretParameter(name) || secretParameters.contains(SecretNames.normalized(name))
            else { return String(pair) }
            hidden.append(pair[pair.index(after: equals)...])
            return pair[..<equals] + "=***"
        }.joined(separator: "&")
    }

    /// Controls (C0, DEL, C1), line separators and (unless kept) spaces as `%XX`: a hostile URL
    /// cannot break a log line in two.
    static func escapeControls(_ text: String, keepingSpaces: Bool = false) -> String {
        let needsEscape = { (scalar: Unicode.Scalar) in
            scalar.value < 0x20 || (scalar == " " && !keepingSpaces) || (0x7F...0x9F).contains(scalar.value)
                || (0x2028...0x2029).contains(scalar.value)
        }
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                escaped.unicodeScalars.append(scalar)
                continue
            }
            for byte in String(scalar).utf8 {
                let hex = String(byte, radix: 16, uppercase: true)
                escaped += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return escaped
    }
}
