/// An organisation's code: an 18-character 统一社会信用代码 (GB 32100—2015) or a 9-character
/// 组织机构代码 (GB 11714—1997), the one type for the issuer of the stations files and the 索引号
/// of the disclosure records. It prefixes every 索引号 (`<org code>/<YYYY>-<NNNNN>`), so only
/// ASCII letters and digits are accepted, 9 to 18 of them; `init?(validated:)` also checks the
/// check character, as numbering anything needs.
public struct OrganisationCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init?(_ rawValue: some StringProtocol) {
        guard (9...18).contains(rawValue.utf8.count),
            rawValue.utf8.allSatisfy({ b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            })
        else { return nil }
        self.rawValue = String(rawValue)
    }

    public var description: String { rawValue }

    /// The code itself, as its 索引号 carry it.
    public var text: String { rawValue }

    /// A code whose check character is right (GB 32100—2015 for 18 characters, GB 11714—1997
    /// for 9): the only kind that may number anything. Nil for any other text.
    public init?(validated text: some StringProtocol) {
        guard let code = OrganisationCode(text), code.isValid else { return nil }
        self = code
    }

    /// 18 or 9 characters with the right check character.
    public var isValid: Bool { (rawValue.count == 18 || rawValue.count == 9) && checkCharacterProblem == nil }

    /// Why the code's check character looks wrong (a typing mistake would stamp every 索引号),
    /// or nil when it is right or the code has neither standard length.
    public var checkCharacterProblem: String? {
        switch rawValue.count {
        case 18:
            do {
                _ = try CreditCode(rawValue)
                return nil
            } catch {
                switch error {
                case .checkCharacter(let found, let expected):
                    return "its check character is \(found), GB 32100 gives \(expected)"
                case .character, .length:
                    return "an 18-character 统一社会信用代码 has only digits and the capitals A–Y except I, O, S, V, Z"
                }
            }
        case 9:
            guard let expected = Self.nineCharacterCheck(rawValue) else {
                return "a 9-character 组织机构代码 has only digits and capital letters"
            }
            let found = rawValue.last!
            return found == expected ? nil : "its check character is \(found), GB 11714 gives \(expected)"
        default:
            return nil
        }
    }

    /// GB 11714—1997 §5: the check character of a 9-character code's first 8 (digits 0–9,
    /// capitals 10–35, weights 3 7 9 10 5 8 4 2; 11 − (Σ mod 11), 10 → X, 11 → 0); nil when a
    /// character is neither.
    static func nineCharacterCheck(_ text: String) -> Character? {
        var sum = 0
        for (c, w) in zip(text.unicodeScalars.prefix(8), [3, 7, 9, 10, 5, 8, 4, 2]) {
            switch c.value {
            case 0x30...0x39: sum += Int(c.value - 0x30) * w
            case 0x41...0x5A: sum += Int(c.value - 0x41 + 10) * w
            default: return nil
            }
        }
        let check = 11 - sum % 11
        return check == 10 ? "X" : check == 11 ? "0" : Character(String(check))
    }

    public static func < (a: OrganisationCode, b: OrganisationCode) -> Bool { a.rawValue < b.rawValue }
}
