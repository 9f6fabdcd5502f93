import Mustache

/// The escaping of every value the templates insert, in HTML and in XML alike: `& < > " '` as
/// character references, and characters XML 1.0 forbids (C0 controls other than tab and line
/// breaks, C1 controls, U+FFFE, U+FFFF) dropped, so hostile input can neither open markup nor
/// make the feed ill-formed.
struct MarkupEscaping: MustacheContentType {
    /// The name templates select with `{{% CONTENT_TYPE: AIRBULLETIN_MARKUP}}`.
    static let name = "AIRBULLETIN_MARKUP"

    func escapeText(_ text: String) -> String { MarkupEscaping.escape(text) }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// XML 1.0 `Char`, less the C1 controls and DEL that HTML treats as errors.
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// Plain text with the same characters removed (for .txt output).
    static func plain(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.append(
            contentsOf: text.unicodeScalars.filter { $0 == "\n" || ($0 != "\r" && isAllowed($0)) })
        return out
    }
}
