/// The code of the publishing organisation, the first part of every 索引号: a 9-character
/// organisation code (组织机构代码, GB 11714—1997) or an 18-character unified social credit
/// code. Both are check-digit validated, so a typo in the configuration cannot issue numbers
/// under a wrong prefix.
public struct OrganisationCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let text: String

    /// GB 11714—1997 §5: weights of the 8 body characters; digits count 0–9, letters A–Z 10–35.
    static let weights = [3, 7, 9, 10, 5, 8, 4, 2]

    public init?(_ text: String) {
        if text.count == 18 {
            guard (try? CreditCode(text)) != nil else { return nil }
        } else {
            guard OrganisationCode.isValidNineCharacterCode(text) else { return nil }
        }
        self.text = text
    }

    static func isValidNineCharacterCode(_ text: String) -> Bool {
        let chars = Array(text)
        guard chars.count == 9 else { return false }
        var sum = 0
        for (c, w) in zip(chars.prefix(8), weights) {
            guard c.isASCII, let v = c.isNumber ? c.wholeNumberValue : (c.isUppercase ? Int(c.asciiValue!) - 55 : nil)
            else { return false }
            sum += v * w
        }
        let check = 11 - sum % 11
        let expected: Character = check == 10 ? "X" : check == 11 ? "0" : Character(String(check))
        return chars[8] == expected
    }

    public var description: String { text }
    public static func < (a: OrganisationCode, b: OrganisationCode) -> Bool { a.text < b.text }
}
