import Identity

/// 索引号: `<organisation code>/<YYYY>-<NNNNN>`, the identifier portals key a disclosed item on
/// (政府信息公开目录系统实施指引). The serial counts from 00001 per organisation and year; the
/// repository issues each number once and never again, even after a withdrawal.
public struct IndexNumber: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let organisation: OrganisationCode
    public let year: Int
    public let serial: Int

    public static let serials = 1...99_999

    public init(organisation: OrganisationCode, year: Int, serial: Int) {
        precondition((1000...9999).contains(year) && IndexNumber.serials.contains(serial), "index number out of range")
        self.organisation = organisation
        self.year = year
        self.serial = serial
    }

    /// Parses the printed form exactly; anything else (`../../x`, a path, spaces) is nil.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let organisation = OrganisationCode(validated: parts[0]) else { return nil }
        let rest = Array(parts[1])
        guard rest.count == 10, rest[4] == "-",
            rest.enumerated().allSatisfy({ $0 == 4 || ($1.isASCII && $1.isNumber) }),
            let year = Int(String(rest[0..<4])), let serial = Int(String(rest[5...])),
            (1000...9999).contains(year), IndexNumber.serials.contains(serial)
        else { return nil }
        self.init(organisation: organisation, year: year, serial: serial)
    }

    /// `11532601MB0123456X/2025-00001`
    public var description: String { "\(organisation)/\(year)-\(serialText)" }

    var serialText: String {
        let s = String(serial)
        return String(repeating: "0", count: 5 - s.count) + s
    }

    /// Where the notice page lives in the site: built from the validated parts only, never
    /// from input text (ARCHITECTURE.md, Output: `notices/<索引号>.html`).
    public var pagePath: String { "notices/\(organisation)/\(year)-\(serialText).html" }

    public static func < (a: IndexNumber, b: IndexNumber) -> Bool {
        (a.organisation, a.year, a.serial) < (b.organisation, b.year, b.serial)
    }
}
