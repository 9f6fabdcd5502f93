/// A report's index without allocation: the national-scale hot path (every station-hour of a
/// year). `ChinaIndex` is the full result; this one carries the AQI, the primary pollutants
/// and the IAQI > 100 pollutants as bit masks (bit = `Pollutant.rawValue`).
public struct CompactIndex: Sendable, Hashable {
    /// The published AQI, or -1 for NA (HJ 633—2026 §5.3.1) or no data.
    public let aqi: Int16
    /// The maximum IAQI over the available indicators, -1 with none.
    public let aqiComputed: Int16
    public let primaryMask: UInt8
    public let over100Mask: UInt8
    public let missingMask: UInt8

    public var publishedAQI: Int? { aqi < 0 ? nil : Int(aqi) }

    public var primaryPollutants: [Pollutant] { Pollutant.allCases.filter { primaryMask & (1 << $0.rawValue) != 0 } }
}

/// Evaluates the 1-h (real-time) report of HJ 633 from stored hourly values in one pass:
/// GB/T 8170 rounding of the thousandths, table lookups, the §5.3.1 rule under HJ 633—2026.
/// HJ 633—2012 periods use the national platform's 1-h PM rule (`RealtimePMRule.hourly`).
public struct RealtimeEvaluator: Sendable {
    public let set: ChinaIndicatorSet
    /// Lookups in `Pollutant` order (SO2, NO2, CO, O3, PM10, PM2.5).
    private let lookups: [IAQILookup]
    private let appliesMissingRule: Bool

    public init(standard: Standard) {
        let set = ChinaIndicatorSet(standard: standard, report: .realtime, pmRule: .hourly)
        self.set = set
        lookups = Pollutant.allCases.map { p in IAQILookup(set.indicators.first { $0.pollutant == p }!, set: set) }
        appliesMissingRule = standard == .hj633_2026
    }

    /// - Parameter milli: the six 1-h values in `Pollutant` order as `Concentration.milli`;
    ///   `Int32.min` (or any negative value) is missing.
    @inline(__always)
    public func evaluate(_ milli: (Int32, Int32, Int32, Int32, Int32, Int32)) -> CompactIndex {
        var iaqi: (Int, Int, Int, Int, Int, Int) = (-1, -1, -1, -1, -1, -1)
        withUnsafeMutableBytes(of: &iaqi) { raw in
            let out = raw.bindMemory(to: Int.self)
            withUnsafeBytes(of: milli) { inRaw in
                let values = inRaw.bindMemory(to: Int32.self)
                for p in 0..<6 where values[p] >= 0 {
                    let m = Int(values[p])
                    // GB/T 8170 half-even from thousandths to report units (µg integer; CO 0.1).
                    let divisor = p == Pollutant.co.rawValue ? 100 : 1000
                    var units = m / divisor
                    let rest = m - units * divisor
                    if rest * 2 > divisor || (rest * 2 == divisor && units & 1 == 1) { units += 1 }
                    out[p] = lookups[p].iaqi(units)
                }
            }
        }
        return Self.combine(iaqi, appliesMissingRule: appliesMissingRule)
    }

    @inline(__always)
    static func combine(_ iaqi: (Int, Int, Int, Int, Int, Int), appliesMissingRule: Bool) -> CompactIndex {
        withUnsafeBytes(of: iaqi) { raw in
            let v = raw.bindMemory(to: Int.self)
            var maximum = -1
            var missing: UInt8 = 0
            var over100: UInt8 = 0
            for p in 0..<6 {
                if v[p] < 0 {
                    missing |= 1 << p
                    continue
                }
                if v[p] > maximum { maximum = v[p] }
                if v[p] > 100 { over100 |= 1 << p }
            }
            var published = maximum
            if appliesMissingRule, missing != 0, maximum <= 100 { published = -1 }
            var primary: UInt8 = 0
            if published > 50 { for p in 0..<6 where v[p] == published { primary |= 1 << p } }
            return CompactIndex(
                aqi: Int16(published), aqiComputed: Int16(maximum), primaryMask: primary,
                over100Mask: over100, missingMask: missing)
        }
    }
}
