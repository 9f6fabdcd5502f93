/// A value from an input file as a message quotes it: whole when it is short, otherwise its
/// first 40 characters, marked, and its size — `"abcd…" (1,048,576 bytes)` — so that a hostile
/// field (a megabyte "station code") never floods the output. Control characters are shown as
/// escapes (`\n`, `\u{1B}`), so that a quoted field cannot rewrite the terminal.
public struct Excerpt: Sendable, Hashable, CustomStringConvertible {
    /// Characters (Unicode scalars) quoted before the cut.
    public static let maximumCharacters = 40

    public let description: String

    public init(_ text: some StringProtocol) {
        self.init(scalars: text.unicodeScalars, byteCount: text.utf8.count)
    }

    /// Bytes that should be UTF-8 (a field of a file already checked); a bad byte shows as U+FFFD.
    public init(bytes: some Collection<UInt8>) {
        self.init(scalars: Self.head(bytes).unicodeScalars, byteCount: bytes.count)
    }

    /// The beginning of something too long to measure (a line past its limit): its first 40
    /// characters, marked as cut, with no size.
    public init(beginningOf bytes: some Collection<UInt8>) {
        self.init(scalars: Self.head(bytes).unicodeScalars, byteCount: nil)
    }

    /// The text itself, unquoted, when it is short and plain (a number, a column name, a time),
    /// otherwise (empty, long, or with a control character) its excerpt.
    public static func label(_ text: some StringProtocol) -> String {
        let short = text.unicodeScalars.prefix(maximumCharacters + 1).count <= maximumCharacters
        return !text.isEmpty && short && !text.containsControlCharacter ? String(text) : Excerpt(text).description
    }

    /// Decodes no more of a field than an excerpt shows: a character takes at most 4 bytes.
    private static func head(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes.prefix(4 * (maximumCharacters + 1)), as: UTF8.self)
    }

    /// - Parameter byteCount: the whole value's size, shown when it is cut; nil for a value
    ///   that is always cut and whose size is not known.
    private init(scalars: some Sequence<Unicode.Scalar>, byteCount: Int?) {
        var quoted = "\""
        var count = 0
        var cut = byteCount == nil
        for scalar in scalars {
            guard count < Self.maximumCharacters else {
                cut = true
                break
            }
            quoted += Self.escaped(scalar)
            count += 1
        }
        guard cut else {
            description = quoted + "\""
            return
        }
        description = quoted + "…\"" + (byteCount.map { " (\($0.groupedThousands) bytes)" } ?? "")
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            guard scalar.isControl else { return String(scalar) }
            return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }
}
