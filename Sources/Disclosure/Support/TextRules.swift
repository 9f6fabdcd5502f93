/// What text a clerk's file may put into a published page or the feed. Everything rendered is
/// escaped anyway; these rules keep out what escaping cannot make harmless or readable:
/// control characters, bidirectional overrides (which can make a text read differently from
/// what it says) and fields so long that they are a mistake or an attack.
public enum TextRules {
    /// A name, number, title or one-line value.
    public static let lineLimit = 200
    /// A paragraph field (违法事实, 监测情况, a news body …).
    public static let paragraphLimit = 20_000
    /// A link.
    public static let urlLimit = 2_000

    public enum Shape: Sendable {
        /// One line: no control characters at all.
        case line
        /// Paragraphs: newlines and tabs allowed (CRLF is read as LF).
        case paragraphs
    }

    /// The problem with `text` for a field of this shape and limit, or nil. `text` is the value
    /// after `normalized`.
    public static func problem(in text: String, shape: Shape, limit: Int) -> String? {
        for scalar in text.unicodeScalars {
            if shape == .paragraphs, scalar == "\n" || scalar == "\t" { continue }
            if isForbiddenInLine(scalar) {
                return "contains the control character \(codePoint(scalar)); remove it"
            }
        }
        let count = text.count
        if count > limit { return "is \(count) characters long (at most \(limit) are allowed)" }
        return nil
    }

    /// Trims a line's surrounding spaces; turns CRLF into LF in paragraphs.
    public static func normalized(_ text: String, shape: Shape) -> String {
        switch shape {
        case .line: text.trimmingWhitespace()
        case .paragraphs: text.replacing("\r\n", with: "\n").trimmingWhitespace()
        }
    }

    /// C0 and C1 controls, DEL, and the bidirectional embedding, override and isolate controls
    /// (U+202A–U+202E, U+2066–U+2069), plus the line and paragraph separators.
    static func isForbiddenInLine(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
        default: false
        }
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
