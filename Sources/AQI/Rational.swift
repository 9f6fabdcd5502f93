/// An exact ratio of 128-bit integers with a positive denominator.
///
/// Means of hourly values (and means of means, for cities) are kept exact until the single
/// GB/T 8170 rounding before the IAQI step (aqi-standards.md §4.5).
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let numerator: Int128
    public let denominator: Int128

    public init(_ numerator: Int128, _ denominator: Int128 = 1) {
        precondition(denominator != 0, "zero denominator")
        let sign: Int128 = denominator < 0 ? -1 : 1
        let g = Rational.gcd(numerator.magnitude, denominator.magnitude)
        self.numerator = sign * numerator / Int128(g)
        self.denominator = sign * denominator / Int128(g)
    }

    public static let zero = Rational(0)

    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        var (a, b) = (a, b)
        // Hourly sums and counts fit 64 bits: hardware division there (128-bit `%` is a call).
        while b != 0, a > UInt64.max || b > UInt64.max { (a, b) = (b, a % b) }
        var (x, y) = (UInt64(a), UInt64(b))
        while y != 0 { (x, y) = (y, x % y) }
        return x == 0 ? 1 : UInt128(x)
    }

    public static func + (lhs: Rational, rhs: Rational) -> Rational {
        if lhs.denominator == rhs.denominator {
            return Rational(lhs.numerator + rhs.numerator, lhs.denominator)
        }
        let g = Int128(gcd(lhs.denominator.magnitude, rhs.denominator.magnitude))
        let l = lhs.denominator / g
        return Rational(lhs.numerator * (rhs.denominator / g) + rhs.numerator * l, l * rhs.denominator)
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational { lhs + Rational(-rhs.numerator, rhs.denominator) }

    public static func * (lhs: Rational, rhs: Rational) -> Rational {
        Rational(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
    }

    public static func / (lhs: Rational, rhs: Rational) -> Rational {
        precondition(rhs.numerator != 0, "division by zero")
        return Rational(lhs.numerator * rhs.denominator, lhs.denominator * rhs.numerator)
    }

    public static func / (lhs: Rational, divisor: Int) -> Rational {
        Rational(lhs.numerator, lhs.denominator * Int128(divisor))
    }

    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
    }

    /// Rounds to an integer by `rule` (exact; no binary floating point).
    public func roundedToInteger(_ rule: ExactDecimal.RoundingRule) -> Int128 {
        Rational.roundedQuotient(numerator, denominator, rule)
    }

    /// `numerator / denominator` (denominator > 0, the fraction need not be in lowest terms)
    /// rounded by `rule`: rounding needs no normalisation, so the hot paths skip the gcd.
    static func roundedQuotient(_ numerator: Int128, _ denominator: Int128, _ rule: ExactDecimal.RoundingRule)
        -> Int128
    {
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        if r == 0 { return q }
        // q is truncated toward zero; step away from zero by one when rounding requires.
        let away: Int128 = numerator < 0 ? -1 : 1
        let twice = r.magnitude * 2
        switch rule {
        case .truncate:
            return q
        case .halfUp:
            return twice >= denominator.magnitude ? q + away : q
        case .halfEven:
            if twice > denominator.magnitude { return q + away }
            if twice < denominator.magnitude { return q }
            return q % 2 == 0 ? q : q + away
        }
    }

    /// The smallest integer ≥ this value (HJ 633—2026 §4.2.6 向上进位取整数).
    public var ceiling: Int128 { Rational.ceilingQuotient(numerator, denominator) }

    /// ⌈numerator / denominator⌉ for denominator > 0, in lowest terms or not.
    static func ceilingQuotient(_ numerator: Int128, _ denominator: Int128) -> Int128 {
        let (q, r) = numerator.quotientAndRemainder(dividingBy: denominator)
        return r > 0 ? q + 1 : q
    }

    /// Rounded to `decimals` decimals as an exact decimal.
    public func rounded(toDecimals decimals: Int, _ rule: ExactDecimal.RoundingRule) -> ExactDecimal {
        let units = Rational.roundedQuotient(numerator * Int128(Int64.power10(decimals)), denominator, rule)
        return ExactDecimal(units: Int64(units), scale: decimals)
    }

    public var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

    /// An approximation for charts and logs only; never on the rounding path.
    public var approximateValue: Double { Double(numerator) / Double(denominator) }
}
