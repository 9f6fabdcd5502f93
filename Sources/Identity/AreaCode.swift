/// An administrative division code (GB/T 2260 行政区划代码), e.g. `532601` for 文山市 and
/// `532600` for 文山州: six ASCII digits, safe in a path, a URL template and HTML.
public struct AreaCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init?(_ rawValue: some StringProtocol) {
        guard rawValue.utf8.count == 6, rawValue.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        self.rawValue = String(rawValue)
    }

    /// GB/T 2260: a prefecture-level code ends in `00` (`5326 00`), a county-level one does not.
    public var isPrefectureLevel: Bool { rawValue.hasSuffix("00") && !rawValue.hasSuffix("0000") }

    /// A province-level code ends in `0000` (`530000` 云南省).
    public var isProvinceLevel: Bool { rawValue.hasSuffix("0000") }

    /// Why `text` is no area code, for a message that names where it was written.
    public static func refusal(of text: some StringProtocol) -> String {
        "\"\(text.prefix(40))\" is not an area code (six digits, such as 532601)"
    }

    /// The six digits as a number, 0 … 999999 (532601 for `532601`).
    public var number: Int { rawValue.utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) } }

    public var description: String { rawValue }

    public static func < (lhs: AreaCode, rhs: AreaCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Coded as its six digits; anything else does not decode.
extension AreaCode: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = AreaCode(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text.prefix(20))\" is not a six-digit area code (GB/T 2260)")
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// Tests, fixtures and constants name areas by their digits: `area: "532601"`. A literal that
/// is not six digits is a programming error.
extension AreaCode: ExpressibleByStringLiteral {
    public init(stringLiteral value: StaticString) {
        guard let code = AreaCode(value.description) else { preconditionFailure("\(value) is not an area code") }
        self = code
    }
}
