/// Renders rows as an aligned plain-text table. Chinese characters (and other East Asian
/// wide characters) take two columns, so columns line up in a terminal.
public enum TextTable {
    public static func render(header: [String], rows: [[String]]) -> [String] {
        let all = [header] + rows
        let widths = (0..<header.count).map { c in all.map { displayWidth($0[c]) }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { c, cell in
                c == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[c] - displayWidth(cell) + 2)
            }.joined()
        }
    }

    /// Terminal columns of a string: 2 for East Asian Wide and Fullwidth characters.
    public static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) {
            $0 + (isWide($1) ? 2 : ($1.properties.generalCategory == .nonspacingMark ? 0 : 1))
        }
    }

    private static func isWide(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
