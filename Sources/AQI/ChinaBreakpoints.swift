/// The IAQI breakpoint tables of HJ 633 as data (aqi-standards.md §2.1, §3).
///
/// Each column lists the concentrations at IAQI 0, 50, 100, 150, 200, 300, 400, 500, in the
/// indicator's unit (µg/m³; CO mg/m³). Columns that stop early (SO2 1-h at 200, O3 8-h at
/// 300) have their over-the-top rules in `ChinaIndex`.
public struct ChinaBreakpoints: Sendable {
    /// The IAQI at each breakpoint.
    public static let iaqiSteps: [Int] = [0, 50, 100, 150, 200, 300, 400, 500]

    public let standard: Standard
    /// By `Indicator.ordinal`, 1-h PM resolved to the 日平均 columns: one array index per IAQI.
    private let byOrdinal: [[Int]?]

    init(standard: Standard, columns: [Indicator: [Int]]) {
        self.standard = standard
        byOrdinal = Indicator.allCases.map { indicator in
            switch indicator {
            case .pm10_1h: columns[.pm10_24h]
            case .pm2_5_1h: columns[.pm2_5_24h]
            default: columns[indicator]
            }
        }
    }

    /// The breakpoints for an indicator. 1-h PM uses the 日平均 columns
    /// (HJ 633—2026 §4.2.4, definitions of BP_Hi and BP_Lo).
    public func column(for indicator: Indicator) -> [Int]? { byOrdinal[Int(indicator.ordinal)] }

    // HJ 633—2026 Table 3, identical to HJ 633—2012 Table 1 except for PM (§2.1).
    private static let common: [Indicator: [Int]] = [
        .so2_24h: [0, 50, 150, 475, 800, 1600, 2100, 2620],
        .so2_1h: [0, 150, 500, 650, 800],
        .no2_24h: [0, 40, 80, 180, 280, 565, 750, 940],
        .no2_1h: [0, 100, 200, 700, 1200, 2340, 3090, 3840],
        .co_24h: [0, 2, 4, 14, 24, 36, 48, 60],
        .co_1h: [0, 5, 10, 35, 60, 90, 120, 150],
        .o3_1h: [0, 160, 200, 300, 400, 800, 1000, 1200],
        .o3_8h: [0, 100, 160, 215, 265, 800],
    ]

    /// HJ 633—2026 Table 3: PM10 IAQI 100 at 120, PM2.5 at 60.
    public static let hj633_2026 = ChinaBreakpoints(
        standard: .hj633_2026,
        columns: common.merging([
            .pm10_24h: [0, 50, 120, 250, 350, 420, 500, 600],
            .pm2_5_24h: [0, 35, 60, 115, 150, 250, 350, 500],
        ]) { $1 })

    /// HJ 633—2012 Table 1: PM10 IAQI 100 at 150, PM2.5 at 75.
    public static let hj633_2012 = ChinaBreakpoints(
        standard: .hj633_2012,
        columns: common.merging([
            .pm10_24h: [0, 50, 150, 250, 350, 420, 500, 600],
            .pm2_5_24h: [0, 35, 75, 115, 150, 250, 350, 500],
        ]) { $1 })

    public static func table(for standard: Standard) -> ChinaBreakpoints {
        standard == .hj633_2012 ? hj633_2012 : hj633_2026
    }
}
