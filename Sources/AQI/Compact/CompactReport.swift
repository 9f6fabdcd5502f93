/// A whole report's evaluation from report-precision values, by table lookups: the hot path of
/// `aqi --batch`. It covers the common case (every present value within its column) and says
/// so by returning nil otherwise, so the caller falls back to `ChinaIndex`, which stays the
/// one definition of the rules.
public struct CompactReport: Sendable {
    public let set: ChinaIndicatorSet
    private let lookups: [IAQILookup]
    private let tops: [Int]

    public init(set: ChinaIndicatorSet) {
        self.set = set
        lookups = set.indicators.map { IAQILookup($0, set: set) }
        tops = lookups.map { $0.table.count - 1 }
    }

    /// Each indicator's IAQI for every rounded concentration from 0 to the top of its column (report
    /// units: µg/m³, CO 0.1 mg/m³), in `set.indicators` order.
    public var tables: [[Int]] { lookups.map { $0.table.map(Int.init) } }

    /// IAQIs (in `set.indicators` order, -1 missing) of values in report units (µg/m³; CO in
    /// 0.1 mg/m³; -1 missing); nil when a value is above its column (a special rule applies).
    @inline(__always)
    public func iaqis(_ units: UnsafeBufferPointer<Int>, into out: UnsafeMutableBufferPointer<Int>) -> Bool {
        for i in 0..<lookups.count {
            let u = units[i]
            if u < 0 {
                out[i] = -1
                continue
            }
            guard u <= tops[i] else { return false }
            out[i] = Int(lookups[i].table[u])
        }
        return true
    }
}
