/// An hourly value at a location: the mean of `count` valid station values whose sum is
/// `milliSum` thousandths. A station's own value has count 1; a city's hourly value is the
/// mean over its assessment stations with a valid value that hour (aqi-standards.md §4.4 (i)).
/// Kept as a sum and a count so that means of means stay exact.
public struct HourlyMean: Sendable, Hashable {
    public let milliSum: Int64
    public let count: Int32

    public init(milliSum: Int64, count: Int32) {
        precondition(count > 0)
        self.milliSum = milliSum
        self.count = count
    }

    public init(_ value: Concentration) { self.init(milliSum: Int64(value.milli), count: 1) }

    public var rational: Rational { Rational(Int128(milliSum), Int128(count) * 1000) }

    /// The exact arithmetic mean of hourly means (GB 3095—2026 §3: 日平均, 8小时平均), or nil
    /// when there are none. Every valid value counts with equal weight (§6.4).
    public static func mean(_ values: some Collection<HourlyMean>) -> Rational? {
        guard let first = values.first else { return nil }
        if values.allSatisfy({ $0.count == first.count }) {
            let sum = values.reduce(Int128(0)) { $0 + Int128($1.milliSum) }
            return Rational(sum, Int128(first.count) * 1000 * Int128(values.count))
        }
        // Different station counts: bring every term over the least common multiple.
        let lcm = values.reduce(Int128(1)) { l, v in
            let c = Int128(v.count)
            return l / Int128(Rational.gcd(l.magnitude, c.magnitude)) * c
        }
        let sum = values.reduce(Int128(0)) { $0 + Int128($1.milliSum) * (lcm / Int128($1.count)) }
        return Rational(sum, lcm * 1000 * Int128(values.count))
    }
}

/// One hour of one pollutant at one station as the core sees it: a value and its flag, or
/// nothing at all.
public struct Observation: Sendable, Hashable {
    public var value: Concentration?
    /// Nil when no reading exists for the hour.
    public var flag: ReadingFlag?

    public init(value: Concentration?, flag: ReadingFlag?) {
        self.value = value
        self.flag = flag
    }

    public static let absent = Observation(value: nil, flag: nil)

    public init(_ reading: Reading) { self.init(value: reading.value, flag: reading.flag) }

    /// The value when it counts toward averages (only flag N).
    public var valid: HourlyMean? {
        guard flag == .normal, let value, !value.isNegative else { return nil }
        return HourlyMean(value)
    }
}
