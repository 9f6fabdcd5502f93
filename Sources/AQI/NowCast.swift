/// The US EPA NowCast for PM (TAD 2024 pp.16–17; aqi-standards.md §5.4), computed exactly.
public struct NowCast: Sendable, Hashable {
    /// The NowCast truncated like a daily value (PM2.5 0.1, PM10 integer; ambiguity U1).
    public let value: ExactDecimal
    /// The untruncated NowCast rounded half-even to 6 decimals, for display.
    public let exact: ExactDecimal
    /// The AQI of `value` on the 24-h PM table.
    public let aqi: Int?
    public let category: EPACategory?

    /// - Parameters:
    ///   - hourly: the last 12 hourly concentrations, most recent first; nil is a missing hour.
    ///   - indicator: `.pm2_5_24h` or `.pm10_24h`, the table the NowCast is read against.
    /// - Returns: nil when fewer than 2 of the 3 most recent hours are valid.
    public init?(mostRecentFirst hourly: [ExactDecimal?], indicator: Indicator = .pm2_5_24h) {
        let window = Array(hourly.prefix(12))
        guard window.prefix(3).compactMap({ $0 }).count >= 2 else { return nil }
        let scale = window.compactMap { $0?.scale }.max() ?? 0
        let present = window.enumerated().compactMap { i, c in c.map { (i, UInt64($0.units(atScale: scale))) } }
        let cmax = present.map(\.1).max()!
        let cmin = present.map(\.1).min()!
        // w = 1 − (max − min)/max = min/max, clamped to ≥ 1/2; as p/q in integers.
        var (p, q) = cmax == 0 ? (UInt64(1), UInt64(1)) : (cmin, cmax)
        if 2 * p < q { (p, q) = (1, 2) }
        // NowCast = Σ cᵢ wⁱ / Σ wⁱ = Σ cᵢ pⁱ q¹¹⁻ⁱ / Σ pⁱ q¹¹⁻ⁱ (both over q¹¹), in units of 10^-scale.
        var numerator = BigNatural(0)
        var denominator = BigNatural(0)
        for (i, c) in present {
            var weight = BigNatural(1)
            for _ in 0..<i { weight = weight.multiplied(by: p) }
            for _ in 0..<(11 - i) { weight = weight.multiplied(by: q) }
            numerator = numerator + weight.multiplied(by: c)
            denominator = denominator + weight
        }
        let decimals = indicator == .pm10_24h ? 0 : 1
        value = NowCast.quotient(numerator, denominator, scale: scale, decimals: decimals, halfEven: false)
        exact = NowCast.quotient(numerator, denominator, scale: scale, decimals: 6, halfEven: true)
        aqi = EPAIndex.subIndex(indicator, value).0
        category = aqi.map(EPACategory.init(aqi:))
    }

    /// (n / d) · 10^-scale as a decimal with `decimals` decimals, truncated or half-even.
    private static func quotient(_ n: BigNatural, _ d: BigNatural, scale: Int, decimals: Int, halfEven: Bool)
        -> ExactDecimal
    {
        // t = ⌊n · 10^decimals / (d · 10^scale)⌋, estimated in Double and corrected exactly.
        let top = n.multiplied(by: UInt64(Int64.power10(decimals)))
        let bottom = d.multiplied(by: UInt64(Int64.power10(scale)))
        var t = UInt64(max(0, (top.approximate / bottom.approximate).rounded(.down)))
        while t > 0, bottom.multiplied(by: t) > top { t -= 1 }
        while bottom.multiplied(by: t + 1) <= top { t += 1 }
        if halfEven {
            // Round up when the remainder top − bottom·t is over half of bottom, i.e. when
            // 2·top > 2·bottom·t + bottom; on a tie, toward the even neighbour.
            let twiceTop = top.multiplied(by: 2)
            let halfway = bottom.multiplied(by: 2 * t) + bottom
            if twiceTop > halfway || (twiceTop == halfway && t % 2 == 1) { t += 1 }
        }
        return ExactDecimal(units: Int64(t), scale: decimals)
    }
}

/// A natural number in 64-bit limbs, only as big as the NowCast's q¹¹ weights need.
/// (Int128 overflows for realistic inputs; a bignum package is not worth a dependency
/// for multiply-by-word, add and compare.)
struct BigNatural: Comparable {
    private var limbs: [UInt64]  // little-endian, no trailing zeros except for 0 itself

    init(_ value: UInt64) { limbs = [value] }

    func multiplied(by factor: UInt64) -> BigNatural {
        var result = BigNatural(0)
        result.limbs = []
        var carry: UInt64 = 0
        for limb in limbs {
            let (high, low) = limb.multipliedFullWidth(by: factor)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            result.limbs.append(sum)
            carry = high &+ (overflow ? 1 : 0)
        }
        if carry != 0 { result.limbs.append(carry) }
        result.trim()
        return result
    }

    static func + (lhs: BigNatural, rhs: BigNatural) -> BigNatural {
        var result = BigNatural(0)
        result.limbs = []
        var carry: UInt64 = 0
        for i in 0..<max(lhs.limbs.count, rhs.limbs.count) {
            let a = i < lhs.limbs.count ? lhs.limbs[i] : 0
            let b = i < rhs.limbs.count ? rhs.limbs[i] : 0
            let (s1, o1) = a.addingReportingOverflow(b)
            let (s2, o2) = s1.addingReportingOverflow(carry)
            result.limbs.append(s2)
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
        if carry != 0 { result.limbs.append(carry) }
        result.trim()
        return result
    }

    static func < (lhs: BigNatural, rhs: BigNatural) -> Bool {
        if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count }
        for i in stride(from: lhs.limbs.count - 1, through: 0, by: -1) where lhs.limbs[i] != rhs.limbs[i] {
            return lhs.limbs[i] < rhs.limbs[i]
        }
        return false
    }

    var approximate: Double {
        limbs.reversed().reduce(0.0) { $0 * 18_446_744_073_709_551_616.0 + Double($1) }
    }

    private mutating func trim() {
        while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
    }
}
