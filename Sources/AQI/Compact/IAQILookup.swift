/// Every IAQI of one indicator, precomputed for each rounded concentration from 0 to the top
/// of its column (µg/m³ integers; CO in tenths of mg/m³), so the national-scale hot path is a
/// table lookup. Built from `ChinaIndex.subIndex`, so both paths give the same answer.
struct IAQILookup: Sendable {
    /// IAQI by concentration in report units.
    let table: [UInt16]
    /// The IAQI above the column (500, or a fixed value for SO2 1-h / O3 8-h under HJ 633—2026).
    let aboveTop: UInt16

    init(_ indicator: Indicator, set: ChinaIndicatorSet) {
        let breakpoints = ChinaBreakpoints.table(for: set.standard)
        let decimals = indicator.pollutant.reportDecimals
        let top = breakpoints.column(for: indicator)!.last! * (decimals == 1 ? 10 : 1)
        table = (0...top).map { units in
            let c = ExactDecimal(units: Int64(units), scale: decimals)
            let (iaqi, _) = ChinaIndex.subIndex(
                indicator, c, set: set, table: breakpoints, concentrations: [indicator: c])
            return UInt16(iaqi!)
        }
        let above = ExactDecimal(units: Int64(top + 1), scale: decimals)
        let (iaqi, _) = ChinaIndex.subIndex(
            indicator, above, set: set, table: breakpoints, concentrations: [indicator: above])
        aboveTop = UInt16(iaqi ?? 500)
    }

    @inline(__always)
    func iaqi(_ units: Int) -> Int { units < table.count ? Int(table[units]) : Int(aboveTop) }
}
