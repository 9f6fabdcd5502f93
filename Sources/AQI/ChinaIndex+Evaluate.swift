extension ChinaIndex {
    /// Evaluates a report from its indicator values.
    ///
    /// - Parameters:
    ///   - values: indicator → concentration; an indicator of `set` that is absent is missing
    ///     or invalid. Values must not be negative.
    ///   - roundInputs: true when the values are raw means: each is first rounded by GB/T 8170
    ///     to the report precision (HJ 633—2026 §4.2.2; integers, CO one decimal).
    ///   - coverage: the location's monitoring plan (§5.3.2).
    public init(
        _ set: ChinaIndicatorSet,
        values: [Indicator: ExactDecimal],
        roundInputs: Bool,
        coverage: MonitoringCoverage = .full
    ) {
        let table = ChinaBreakpoints.table(for: set.standard)
        let keys = set.acceptedKeys
        var concentrations = [Indicator: ExactDecimal](minimumCapacity: keys.count)
        for key in keys {
            guard let v = values[key] else { continue }
            precondition(!v.isNegative, "negative concentrations are invalid and must be filtered first")
            concentrations[key] = roundInputs ? v.rounded(toDecimals: key.pollutant.reportDecimals, .halfEven) : v
        }

        // One pass over the indicators in report order, into arrays: the dictionaries are
        // built once, for the result (this runs for every location-day and every hour).
        let indicators = set.indicators
        var iaqi = [Indicator: Int](minimumCapacity: indicators.count)
        var subIndices = [Int?](repeating: nil, count: indicators.count)
        var rules: [ChinaRule] = []
        var computed: Int?
        var over100: UInt8 = 0
        var notMonitored: [Indicator] = []
        var missing: [Indicator] = []
        for (i, key) in indicators.enumerated() {
            if let c = concentrations[key] {
                let (value, rule) = ChinaIndex.subIndex(key, c, set: set, table: table, concentrations: concentrations)
                if let rule, !rules.contains(rule) { rules.append(rule) }
                if let value {
                    subIndices[i] = value
                    iaqi[key] = value
                    computed = max(computed ?? value, value)
                    if value > 100 { over100 |= 1 << key.pollutant.rawValue }
                    continue
                }
            }
            let pollutant = key.pollutant
            if coverage.notMonitored.contains(pollutant) { notMonitored.append(key) }
            if !coverage.exempt.contains(pollutant) { missing.append(key) }
        }

        var published = computed
        // HJ 633—2026 §5.3.1: with an indicator missing, publish the AQI only when the AQI of
        // the remaining indicators is above 100; otherwise AQI, primary, level are NA.
        // HJ 633—2012 had no such rule: the AQI of the available indicators is published.
        if set.standard == .hj633_2026, !missing.isEmpty, (computed ?? 0) <= 100 {
            published = nil
        }

        let primary: [Indicator]? = published.map { aqi in
            aqi > 50 ? indicators.indices.filter { subIndices[$0] == aqi }.map { indicators[$0] } : []
        }
        self.indicatorSet = set
        self.concentrations = concentrations
        self.iaqi = iaqi
        self.aqiComputed = computed
        self.aqi = published
        self.level = published.map(AirQualityLevel.init(aqi:))
        self.primaryIndicators = primary
        self.iaqiOver100 = Pollutant.allCases.filter { over100 & (1 << $0.rawValue) != 0 }
        self.missingIndicators = missing
        self.notMonitoredIndicators = notMonitored
        self.rulesApplied = rules.sorted()
    }

    /// One indicator's IAQI with the special cases of aqi-standards.md §2.4 and §3.
    static func subIndex(
        _ key: Indicator, _ c: ExactDecimal, set: ChinaIndicatorSet, table: ChinaBreakpoints,
        concentrations: [Indicator: ExactDecimal]
    ) -> (Int?, ChinaRule?) {
        let eightHundred = ExactDecimal(800)
        if key == .so2_1h, c > eightHundred {
            switch (set.standard, set.pmRule) {
            case (.hj633_2012, .moving24h):
                // HJ 633—2012 Table 1 note 2: SO2 reported by its 24-h (here moving) mean.
                let fallback = concentrations[.so2_24h].map {
                    linearIndex($0, column: table.column(for: .so2_24h)!) ?? 500
                }
                return (fallback, .so2OneHourOver800From24h)
            default:
                // HJ 633—2026 Table 3 note b; the national platform did the same before 2026.
                return (200, .so2OneHourOver800Fixed)
            }
        }
        if key == .o3_8h, c > eightHundred {
            if set.standard == .hj633_2012 {
                // HJ 633—2012 Table 1 note 3: O3 reported by its 1-h value.
                let fallback = concentrations[.o3_1h].map { c1 in
                    linearIndex(c1, column: table.column(for: .o3_1h)!) ?? 500
                }
                return (fallback, .o3EightHourOver800FromOneHour)
            }
            return (300, .o3EightHourOver800Fixed)  // HJ 633—2026 Table 3 note c
        }
        let column = table.column(for: key)!
        if let value = linearIndex(c, column: column) { return (value, nil) }
        return (500, .aboveTopBreakpoint)  // ambiguity A1: the AQI range ends at 500
    }

    /// HJ 633—2026 §4.2.4 eq. 1 rounded up (§4.2.6), in integer arithmetic:
    /// `IAQI_Lo + ⌈(IAQI_Hi − IAQI_Lo)(C − BP_Lo) / (BP_Hi − BP_Lo)⌉`. Nil above the column.
    public static func linearIndex(_ c: ExactDecimal, column: [Int]) -> Int? {
        let scale = Int128(Int64.power10(c.scale))
        let u = Int128(c.units)
        let steps = ChinaBreakpoints.iaqiSteps
        for i in 1..<column.count {
            let hi = Int128(column[i]) * scale
            guard u <= hi else { continue }
            let lo = Int128(column[i - 1]) * scale
            let numerator = Int128(steps[i] - steps[i - 1]) * (u - lo)
            return steps[i - 1] + Int(Rational.ceilingQuotient(numerator, hi - lo))
        }
        return nil
    }
}
