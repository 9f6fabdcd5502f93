/// How PM enters the real-time report for periods under HJ 633—2012.
public enum RealtimePMRule: String, Sendable, Hashable, Codable {
    /// 1-h PM on the 日平均 breakpoints, as the national platform published before 2026 and as
    /// HJ 633—2026 requires (data README "Verified AQI rules"). The default.
    case hourly
    /// The HJ 633—2012 text (§5.1.3): 24-h moving PM means and the 8-h moving O3 mean.
    case moving24h = "moving-24h"
}

/// The indicators that make up one report (aqi-standards.md §2.3, §3).
public struct ChinaIndicatorSet: Sendable, Hashable {
    public let standard: Standard
    public let report: ReportKind
    public let pmRule: RealtimePMRule
    /// The report's indicators in table order.
    public let indicators: [Indicator]
    /// Extra inputs that are not indicators but feed a rule (SO2 24-h moving mean, 2012 text).
    public let auxiliary: [Indicator]

    public init(standard: Standard, report: ReportKind, pmRule: RealtimePMRule = .hourly) {
        precondition(standard.isChinese, "ChinaIndicatorSet needs an HJ 633 standard")
        self.standard = standard
        self.report = report
        let movingPM = standard == .hj633_2012 && report == .realtime && pmRule == .moving24h
        self.pmRule = movingPM ? .moving24h : .hourly
        switch (standard, report) {
        case (.hj633_2012, .daily):
            // HJ 633—2012 §5.1.2: seven daily indicators, O3 daily max 1-h included.
            indicators = [.so2_24h, .no2_24h, .co_24h, .o3_1h, .o3_8h, .pm10_24h, .pm2_5_24h]
            auxiliary = []
        case (_, .daily):
            // HJ 633—2026 §4.2.2: six daily indicators; no O3 1-h.
            indicators = [.so2_24h, .no2_24h, .co_24h, .o3_8h, .pm10_24h, .pm2_5_24h]
            auxiliary = []
        case (_, .realtime) where movingPM:
            // HJ 633—2012 §5.1.3: PM IAQIs from the 24-h moving means; 8-h moving O3.
            indicators = [.so2_1h, .no2_1h, .co_1h, .o3_1h, .o3_8h, .pm10_24h, .pm2_5_24h]
            auxiliary = [.so2_24h]
        case (_, .realtime):
            // HJ 633—2026 §4.2.3: six 1-h indicators, 1-h PM on the daily columns.
            indicators = [.so2_1h, .no2_1h, .co_1h, .o3_1h, .pm10_1h, .pm2_5_1h]
            auxiliary = []
        }
    }

    /// The set a calculator input belongs to: for HJ 633—2012 real-time reports the keys tell
    /// the PM rule (`PM2_5_1H` → hourly, `PM2_5_24H` → moving).
    public static func inferred(standard: Standard, report: ReportKind, keys: Set<Indicator>) -> ChinaIndicatorSet {
        if standard == .hj633_2012, report == .realtime,
            keys.contains(.pm2_5_24h) || keys.contains(.pm10_24h) || keys.contains(.o3_8h)
        {
            return ChinaIndicatorSet(standard: standard, report: report, pmRule: .moving24h)
        }
        return ChinaIndicatorSet(standard: standard, report: report)
    }

    /// Every key this set accepts.
    public var acceptedKeys: [Indicator] { indicators + auxiliary }

    /// The indicator of a pollutant in this report; for O3 in a 2012 daily report, the 8-h one.
    public func indicators(of pollutant: Pollutant) -> [Indicator] {
        indicators.filter { $0.pollutant == pollutant }
    }
}
