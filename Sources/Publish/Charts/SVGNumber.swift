/// SVG coordinates in tenths, written with at most one decimal so that output is byte-stable.
enum SVGNumber {
    /// `tenths / 10` as text: 1234 → "123.4", 1230 → "123".
    static func text(tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        let m = tenths.magnitude
        return m % 10 == 0 ? "\(sign)\(m / 10)" : "\(sign)\(m / 10).\(m % 10)"
    }

    /// `numerator / denominator` rounded to tenths (half away from zero), as text.
    static func text(_ numerator: Int, over denominator: Int) -> String {
        let t = (20 * numerator + denominator) / (2 * denominator)
        return text(tenths: t)
    }
}
