/// A unified social credit code (统一社会信用代码, GB 32100—2015): 18 characters from
/// `0-9 A-H J-N P-R T U W-Y`, the last one a check character over the first 17.
public struct CreditCode: Sendable, Hashable, CustomStringConvertible {
    public let text: String

    /// GB 32100—2015 §4: the 31 code characters; I, O, S, V and Z are never used.
    static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    /// GB 32100—2015 §5: weight of position i is 3^(i−1) mod 31.
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    public enum Problem: Error, Sendable, Equatable {
        case length(Int)
        case character(Character)
        case checkCharacter(found: Character, expected: Character)
    }

    /// Validates `text` (letters must be capitals, as the code is printed on licences).
    public init(_ text: String) throws(Problem) {
        let chars = Array(text)
        guard chars.count == 18 else { throw .length(chars.count) }
        var values: [Int] = []
        for c in chars {
            guard let v = CreditCode.alphabet.firstIndex(of: c) else { throw .character(c) }
            values.append(v)
        }
        let sum = zip(values.prefix(17), CreditCode.weights).reduce(0) { $0 + $1.0 * $1.1 }
        let expected = CreditCode.alphabet[(31 - sum % 31) % 31]
        guard chars[17] == expected else { throw .checkCharacter(found: chars[17], expected: expected) }
        self.text = text
    }

    public var description: String { text }
}

extension CreditCode.Problem: CustomStringConvertible {
    public var description: String {
        switch self {
        case .length(let n): "has \(n) characters (a unified social credit code has 18)"
        case .character(let c): "contains \"\(c)\" (only 0-9 and the capitals A-Y other than I, O, S, V are used)"
        case .checkCharacter(let found, let expected):
            "ends in the check character \(found), but the first 17 characters give \(expected) (GB 32100—2015)"
        }
    }
}
