import AQI
import Testing

/// The compact hot path must agree with `ChinaIndex` everywhere.
@Suite struct CompactIndexTests {
    /// Every rounded concentration of every 1-h indicator, from 0 to 110 % of the column's top,
    /// alone against a zero background, under both standards.
    @Test(arguments: [Standard.hj633_2026, .hj633_2012])
    func agreesWithChinaIndexOnEveryValueOfEveryColumn(_ standard: Standard) {
        let evaluator = RealtimeEvaluator(standard: standard)
        let set = evaluator.set
        var checked = 0
        for p in Pollutant.allCases {
            let indicator = set.indicators.first { $0.pollutant == p }!
            let top = ChinaBreakpoints.table(for: standard).column(for: indicator)!.last!
            let scale = p == .co ? 10 : 1
            for units in stride(from: 0, through: top * scale * 11 / 10, by: 1) {
                var milli: [Int32] = [0, 0, 0, 0, 0, 0]
                milli[p.rawValue] = Int32(units * (p == .co ? 100 : 1000))
                let compact = evaluator.evaluate((milli[0], milli[1], milli[2], milli[3], milli[4], milli[5]))
                var values: [Indicator: ExactDecimal] = [:]
                for q in Pollutant.allCases {
                    values[set.indicators.first { $0.pollutant == q }!] = Concentration(milli: milli[q.rawValue]).exact
                }
                let full = ChinaIndex(set, values: values, roundInputs: true)
                #expect(compact.publishedAQI == full.aqi, "\(indicator.key)=\(units)")
                #expect(compact.primaryPollutants == (full.primaryPollutants ?? []), "\(indicator.key)=\(units)")
                checked += 1
            }
        }
        #expect(checked == 9_290)  // SO2 0–880, NO2 0–4224, CO 0–16.5, O3 0–1320, PM10 0–660, PM2.5 0–550
    }

    @Test func roundingMissingValuesAndTheNARule() {
        let e26 = RealtimeEvaluator(standard: .hj633_2026)
        // PM2.5 60.5 → 60 (half-even) → 100; 60.501 → 61 → 101.
        #expect(e26.evaluate((0, 0, 0, 0, 0, 60_500)).aqi == 100)
        #expect(e26.evaluate((0, 0, 0, 0, 0, 60_501)).aqi == 101)
        // CO 2.45 → 2.4 (half-even) → IAQI 48; CO 1-h column: 0–5 → 0–50.
        #expect(e26.evaluate((0, 0, 2_450, 0, 0, 0)).aqiComputed == 24)
        // A missing indicator with the rest ≤ 100 → NA under 2026, published under 2012.
        let m = Int32.min
        #expect(e26.evaluate((0, 0, 0, 0, 0, m)).publishedAQI == nil)
        #expect(e26.evaluate((0, 0, 0, 0, 200_000, m)).publishedAQI == 131)  // 100 + 50·80/130 > 100: published
        #expect(RealtimeEvaluator(standard: .hj633_2012).evaluate((0, 0, 0, 0, 40_000, m)).publishedAQI == 40)
        // SO2 1-h above 800 → 200.
        #expect(e26.evaluate((900_000, 0, 0, 0, 0, 0)).aqi == 200)
    }
}
