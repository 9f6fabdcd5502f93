/// The issuing body's code: an 18-character 统一社会信用代码 (GB 32100—2015) or a 9-character
/// 组织机构代码 (GB 11714—1997). It prefixes every 索引号 (`<org code>/<YYYY>-<NNNNN>`), so only
/// ASCII letters and digits are accepted, 9 to 18 of them.
public struct OrganisationCode: Sendable, Hashable, CustomStringConvertible {
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

    /// Why the code's check character looks wrong (a typing mistake would stamp every 索引号),
    /// or nil when it is right or the code has neither standard length.
    public var checkCharacterProblem: String? {
        let chars = Array(rawValue.unicodeScalars)
        switch chars.count {
        case 18:
            // GB 32100—2015 §4.3: weights 3^(i-1) mod 31 over 17 characters of a 31-symbol set
            // (no I, O, S, V, Z); check = 31 − (Σ mod 31), 31 written as 0.
            let symbols = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".unicodeScalars)
            let values = chars.map { c in symbols.firstIndex(of: c) }
            guard values.allSatisfy({ $0 != nil }) else {
                return "an 18-character 统一社会信用代码 has only digits and the capitals A–Y except I, O, S, V, Z"
            }
            var weight = 1
            var sum = 0
            for v in values.prefix(17) {
                sum += v! * weight
                weight = weight * 3 % 31
            }
            let expected = symbols[(31 - sum % 31) % 31]
            return chars[17] == expected ? nil : "its check character is \(chars[17]), GB 32100 gives \(expected)"
        case 9:
            // GB 11714—1997: weights 3 7 9 10 5 8 4 2; check = 11 − (Σ mod 11), 10 → X, 11 → 0.
            let values = chars.prefix(8).map { c -> Int? in
                switch c.value {
                case 0x30...0x39: Int(c.value - 0x30)
                case 0x41...0x5A: Int(c.value - 0x41 + 10)
                default: nil
                }
            }
            guard values.allSatisfy({ $0 != nil }) else {
                return "a 9-character 组织机构代码 has only digits and capital letters"
            }
            let sum = zip(values, [3, 7, 9, 10, 5, 8, 4, 2]).reduce(0) { $0 + $1.0! * $1.1 }
            let check = (11 - sum % 11) % 11
            let expected: Unicode.Scalar = check == 10 ? "X" : Unicode.Scalar(UInt8(0x30 + check))
            return chars[8] == expected ? nil : "its check character is \(chars[8]), GB 11714 gives \(expected)"
        default:
            return nil
        }
    }
}
