/// A stored concentration in thousandths of its pollutant's unit (µg/m³; CO mg/m³).
///
/// Upstream values carry at most two decimals (CNEMC city CO); three keep every one exact
/// while an hour of a national year fits in 32 bits. Converted values (OpenAQ ppb → µg/m³)
/// are rounded half-even to three decimals at ingest.
public struct Concentration: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let milli: Int32

    public init(milli: Int32) { self.milli = milli }

    /// Nil when the value does not fit (above 2,147,483 units).
    public init?(_ value: ExactDecimal) {
        let r = value.rounded(toDecimals: 3, .halfEven)
        guard let m = Int32(exactly: r.units) else { return nil }
        milli = m
    }

    public var exact: ExactDecimal { ExactDecimal(units: Int64(milli), scale: 3) }
    public var rational: Rational { Rational(Int128(milli), 1000) }
    public var isNegative: Bool { milli < 0 }

    /// The shortest decimal text: `36`, `0.4`, `1.25`.
    public var description: String {
        var scale = 3
        var units = Int64(milli)
        while scale > 0, units % 10 == 0 {
            units /= 10
            scale -= 1
        }
        return ExactDecimal(units: units, scale: scale).description
    }

    public static func < (lhs: Concentration, rhs: Concentration) -> Bool { lhs.milli < rhs.milli }
}
