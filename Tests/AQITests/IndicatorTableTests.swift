import Testing

@testable import AQI

/// Tables indexed by `Indicator.ordinal` rely on it being the position in `allCases`.
@Suite struct IndicatorTableTests {
    @Test func ordinalsArePositionsInAllCases() {
        #expect(Indicator.allCases.map { Int($0.ordinal) } == Array(0..<Indicator.allCases.count))
    }

    @Test func breakpointColumnsFollowTheTables() {
        let t2026 = ChinaBreakpoints.table(for: .hj633_2026)
        let t2012 = ChinaBreakpoints.table(for: .hj633_2012)
        #expect(t2026.column(for: .so2_1h) == [0, 150, 500, 650, 800])
        #expect(t2026.column(for: .pm2_5_1h) == [0, 35, 60, 115, 150, 250, 350, 500])
        #expect(t2012.column(for: .pm10_1h) == [0, 50, 150, 250, 350, 420, 500, 600])
        #expect(t2026.column(for: .o3_8h) == [0, 100, 160, 215, 265, 800])
        #expect(t2026.column(for: .co_8h) == nil)  // EPA only
    }
}
