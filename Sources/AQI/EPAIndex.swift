/// The US EPA AQI of one day (TAD 2024 §§ "Steps", O3 and SO2 rules; aqi-standards.md §5).
public struct EPAIndex: Sendable, Hashable {
    /// Each input after truncation (TAD step 1).
    public let truncated: [Indicator: ExactDecimal]
    /// Each sub-index; a key present with nil means "not defined for this value"
    /// (O3 1-h below 0.125 ppm, O3 8-h above 0.200 ppm).
    public let index: [Indicator: Int?]
    /// The highest sub-index, or nil when none is defined.
    public let aqi: Int?
    /// The pollutants whose sub-index equals the AQI, in canonical order.
    public let mainPollutants: [Pollutant]
    public let category: EPACategory?

    /// The keys the US EPA daily index takes (O3/CO ppm, SO2/NO2 ppb, PM µg/m³).
    public static let acceptedKeys = EPABreakpoints.acceptedKeys

    /// Inputs are in O3/CO ppm, SO2/NO2 ppb, PM µg/m³ and must not be negative.
    public init(values: [Indicator: ExactDecimal]) {
        var truncated: [Indicator: ExactDecimal] = [:]
        var index: [Indicator: Int?] = [:]
        for (key, value) in values where key != .so2_1h && key != .so2_24h {
            let (i, t) = EPAIndex.subIndex(key, value)
            truncated[key] = t
            index[key] = i
        }
        if let so2 = values[.so2_1h] {
            let t1 = EPAIndex.truncate(.so2_1h, so2)
            truncated[.so2_1h] = t1
            if t1 < ExactDecimal(305) {
                index[.so2_1h] = EPAIndex.subIndex(.so2_1h, so2).0
            } else {
                let t24 = values[.so2_24h].map { EPAIndex.truncate(.so2_24h, $0) }
                if let t24 { truncated[.so2_24h] = t24 }
                if let t24, t24 >= ExactDecimal(305) {
                    index[.so2_24h] = EPAIndex.subIndex(.so2_24h, t24).0
                } else {
                    index[.so2_1h] = 200  // TAD 2024 p.16: 1-h ≥ 305 ppb with 24-h < 305: fixed at 200
                }
            }
        }
        let defined = index.compactMapValues { $0 }
        let aqi = defined.values.max()
        self.truncated = truncated
        self.index = index
        self.aqi = aqi
        self.mainPollutants = Set(defined.filter { $0.value == aqi }.map(\.key.pollutant)).sorted()
        self.category = aqi.map(EPACategory.init(aqi:))
    }

    static func truncate(_ key: Indicator, _ value: ExactDecimal) -> ExactDecimal {
        value.rounded(toDecimals: EPABreakpoints.columns[key]!.decimals, .truncate)
    }

    /// One sub-index: truncate, find the row, interpolate, round half up (TAD steps 1–4).
    static func subIndex(_ key: Indicator, _ value: ExactDecimal) -> (Int?, ExactDecimal) {
        let column = EPABreakpoints.columns[key]!
        let c = value.rounded(toDecimals: column.decimals, .truncate)
        if key == .o3_1h, c < (try! ExactDecimal(parsing: "0.125")) { return (nil, c) }  // 1-h O3 below 0.125 is ignored
        if key == .o3_8h, c > (try! ExactDecimal(parsing: "0.200")) { return (nil, c) }  // use 1-h O3 instead
        if let row = column.rows.first(where: { $0.low <= c && c <= $0.high }) {
            return (interpolate(c, row), c)
        }
        // TAD 2024 Table 6 note 4: above AQI 500, extend the Hazardous line.
        if let top = column.rows.last, c > top.high, top.indexHigh == 500 {
            return (interpolate(c, top), c)
        }
        return (nil, c)
    }

    /// `I_Lo + (I_Hi − I_Lo)(C − BP_Lo)/(BP_Hi − BP_Lo)`, rounded half up (TAD example 125.5 → 126).
    private static func interpolate(_ c: ExactDecimal, _ row: Row) -> Int {
        let slope = Rational(Int128(row.indexHigh - row.indexLow)) / (row.high.rational - row.low.rational)
        let above = (c.rational - row.low.rational) * slope
        return row.indexLow + Int(above.roundedToInteger(.halfUp))
    }

    private typealias Row = EPABreakpoints.Row
}
