/// The bureau's own identifier of a disclosure request or a review case (e.g. `2025-003` or
/// `文环公开〔2025〕3号`): 1–64 characters, no control or path characters, so it can never be
/// mistaken for a path.
public struct RecordID: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let text: String

    public init?(_ text: String) {
        guard (1...64).contains(text.count), text != ".", text != "..",
            text.first?.isWhitespace == false, text.last?.isWhitespace == false,
            !text.contains(where: { "/\\".contains($0) }),
            !text.unicodeScalars.contains(where: TextRules.isForbiddenInLine)
        else { return nil }
        self.text = text
    }

    public var description: String { text }
    public static func < (a: RecordID, b: RecordID) -> Bool { a.text < b.text }
}
