/// An exact decimal number, `units / 10^scale`, parsed from its decimal text.
///
/// HJ 633 rounding happens on the exact decimal value (aqi-standards.md §2.2: a binary
/// `2.45` is 2.4500000000000002 and half-even rounds the wrong way), so concentrations
/// never pass through `Double` on the way to an index.
public struct ExactDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The value times `10^scale`.
    public let units: Int64
    /// The number of decimals, 0…15.
    public let scale: Int

    public static let maxScale = 15

    public init(units: Int64, scale: Int) {
        precondition((0...Self.maxScale).contains(scale), "scale out of range")
        self.units = units
        self.scale = scale
    }

    public init(_ integer: Int) { self.init(units: Int64(integer), scale: 0) }

    /// Why a text is not a decimal number.
    public enum ParseError: Error, Equatable, Sendable {
        case notANumber
        case tooManyDigits
    }

    /// Parses `-?digits(.digits)?`. Leading `+`, exponents and spaces are refused, so a
    /// typo never silently becomes a different value.
    public init(parsing text: some StringProtocol) throws(ParseError) {
        var units: Int64 = 0
        var scale = 0
        var sawDigit = false
        var sawPoint = false
        var negative = false
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where offset == 0:
                negative = true
            case UInt8(ascii: "."):
                if sawPoint { throw .notANumber }
                sawPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
                if sawPoint {
                    scale += 1
                    if scale > Self.maxScale { throw .tooManyDigits }
                }
                let (times10, o1) = units.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
                if o1 || o2 { throw .tooManyDigits }
                units = sum
            default:
                throw .notANumber
            }
        }
        guard sawDigit else { throw .notANumber }
        self.init(units: negative ? -units : units, scale: scale)
    }

    public var isNegative: Bool { units < 0 }

    /// How a value is brought to fewer decimals.
    public enum RoundingRule: Sendable {
        /// GB/T 8170 四舍六入五成双 (round half to even), used for HJ 633 concentrations.
        case halfEven
        /// Truncation toward zero, used for US EPA concentrations (TAD 2024 step 1).
        case truncate
        /// Round half up (away from zero), used for the US EPA index (TAD 2024 step 4).
        case halfUp
    }

    /// This value with `decimals` decimals. Adding decimals is exact.
    public func rounded(toDecimals decimals: Int, _ rule: RoundingRule) -> ExactDecimal {
        if decimals >= scale {
            return ExactDecimal(units: units * Int64.power10(decimals - scale), scale: decimals)
        }
        let ratio = Rational(Int128(units), Int128(Int64.power10(scale - decimals)))
        return ExactDecimal(units: Int64(ratio.roundedToInteger(rule)), scale: decimals)
    }

    /// The exact value as a ratio of integers.
    public var rational: Rational { Rational(Int128(units), Int128(Int64.power10(scale))) }

    /// The value in units of `10^-decimals`; requires `decimals >= scale`.
    public func units(atScale decimals: Int) -> Int64 {
        precondition(decimals >= scale)
        return units * Int64.power10(decimals - scale)
    }

    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let s = max(lhs.scale, rhs.scale)
        return lhs.units(atScale: s) < rhs.units(atScale: s)
    }

    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool {
        let s = max(lhs.scale, rhs.scale)
        return lhs.units(atScale: s) == rhs.units(atScale: s)
    }

    public func hash(into hasher: inout Hasher) {
        var u = units
        var s = scale
        while s > 0 && u % 10 == 0 {
            u /= 10
            s -= 1
        }
        hasher.combine(u)
        hasher.combine(s)
    }

    /// The value with exactly `scale` decimals: `2.4`, `36`, `0.0`.
    public var description: String {
        let magnitude = units.magnitude
        let sign = units < 0 ? "-" : ""
        guard scale > 0 else { return sign + String(magnitude) }
        let p = UInt64(Int64.power10(scale))
        var fraction = String(magnitude % p)
        fraction = String(repeating: "0", count: scale - fraction.count) + fraction
        return "\(sign)\(magnitude / p).\(fraction)"
    }
}

extension Int64 {
    /// 10^n for 0 ≤ n ≤ 18.
    static func power10(_ n: Int) -> Int64 {
        precondition((0...18).contains(n))
        var r: Int64 = 1
        for _ in 0..<n { r &*= 10 }
        return r
    }
}
