// MARK: - What the limits on text from files count

extension StringProtocol {
    /// The length a text limit counts: Unicode scalars, so that one "character" built of a million
    /// combining marks counts as a million, and a Chinese name of 8 characters as 8.
    public var scalarCount: Int { unicodeScalars.count }

    /// A C0 or C1 control character (a line break, a tab, an escape): never part of a name.
    public var containsControlCharacter: Bool { unicodeScalars.contains(where: \.isControl) }
}

extension Unicode.Scalar {
    var isControl: Bool { properties.generalCategory == .control }
}

extension Int {
    /// 1048576 → "1,048,576", as messages and summaries print counts and sizes.
    public var groupedThousands: String {
        let digits = String(magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return (self < 0 ? "-" : "") + out
    }
}
