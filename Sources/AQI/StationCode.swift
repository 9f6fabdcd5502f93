/// A monitoring station's code, e.g. `2610A` (CNEMC 监测点编码).
///
/// Codes come from files and URLs, so only letters, digits, `-` and `_` are accepted (at most
/// 32): a code is safe in a path, a URL template, SQL and HTML.
public struct StationCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(_ rawValue: some StringProtocol) {
        guard (1...32).contains(rawValue.utf8.count),
            rawValue.utf8.allSatisfy({ b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
                    || b == 0x5F
            })
        else { return nil }
        self.rawValue = String(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: StationCode, rhs: StationCode) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let code = StationCode(raw) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "bad station code \(raw)"))
        }
        self = code
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
