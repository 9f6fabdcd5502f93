import AQI

/// How period statistics are stated: concentrations as the daily ones (integers, CO one decimal,
/// GB/T 8170), ratios as percentages with one decimal, the composite index with two.
enum PeriodFormat {
    /// A concentration, e.g. "23" or "1.0".
    static func concentration(_ value: Rational, _ pollutant: Pollutant) -> String {
        value.rounded(toDecimals: pollutant.reportDecimals, .halfEven).description
    }

    /// A ratio as a percentage: 30/31 → "96.8".
    static func percent(_ ratio: Rational) -> String {
        (ratio * Rational(100)).rounded(toDecimals: 1, .halfEven).description
    }

    static func composite(_ value: Rational) -> String { value.rounded(toDecimals: 2, .halfEven).description }

    /// The change from `last` to `this`, as the national reports state it: "上升 5.2%",
    /// "下降 3.0%", "持平".
    static func change(from last: Rational, to this: Rational) -> String {
        guard last != .zero else { return "—" }
        let ratio = (this - last) / last
        let text = percent(ratio < .zero ? Rational.zero - ratio : ratio)
        if text == "0.0" { return "持平" }
        return ratio < .zero ? "下降 \(text)%" : "上升 \(text)%"
    }

    /// A change of a percentage, in percentage points: "上升 3.2 个百分点".
    static func pointChange(from last: Rational, to this: Rational) -> String {
        let diff = (this - last) * Rational(100)
        let text = (diff < .zero ? Rational.zero - diff : diff).rounded(toDecimals: 1, .halfEven).description
        if text == "0.0" { return "持平" }
        return diff < .zero ? "下降 \(text) 个百分点" : "上升 \(text) 个百分点"
    }

    /// The label of a primary indicator in the polluted-days table, as the bureau's posts and
    /// CNEMC write it: "PM2.5", "O3_8h", "O3_1h" (aqi-standards.md A8).
    static func indicatorLabel(_ indicator: Indicator) -> String {
        switch indicator {
        case .o3_8h: "O3_8h"
        case .o3_1h: "O3_1h"
        default: indicator.pollutant.label
        }
    }

    /// Counts per level in prose, 优 and 良 always: "优21天、良10天"; areas: "优2个、良0个、轻度污染1个".
    static func levelCounts(_ perLevel: [Int], unit: String = "天") -> String {
        let parts = AirQualityLevel.all.compactMap { level -> String? in
            let n = perLevel[level.number - 1]
            return n > 0 || level.number <= 2 ? "\(level.category)\(n)\(unit)" : nil
        }
        return parts.joined(separator: "、")
    }
}
