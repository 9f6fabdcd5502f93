/// One indicator of one location-day: its exact value, or why there is none.
public struct IndicatorStatistic: Sendable, Hashable {
    public let indicator: Indicator
    /// The exact statistic (mean or maximum), nil when invalid.
    public let value: Rational?
    /// Hours with a valid value in the day (for O3_8H: hours in the 24).
    public let validHours: Int
    /// For O3_8H, valid 8-h windows among the 17.
    public let validWindows: Int?
    /// Why `value` is nil.
    public let invalidReason: InvalidReason?

    /// The value rounded as HJ 633—2026 §4.2.2 requires (GB/T 8170; integers, CO one decimal).
    public var rounded: ExactDecimal? {
        value?.rounded(toDecimals: indicator.pollutant.reportDecimals, .halfEven)
    }
}

/// Why a statistic is NA (HJ 633—2026 Tables 4–5 notes, §5.3), for the bulletin to name.
public enum InvalidReason: Sendable, Hashable {
    /// The monitoring plan does not cover the pollutant ("/").
    case notMonitored
    /// No reading at all for the day.
    case noData
    /// Too few valid hours; `flagged` counts the hours a station flag excluded, by flag.
    case tooFewHours(valid: Int, required: Int, flagged: [ReadingFlag: Int])
    /// O3 daily max 8-h: too few valid windows and the maximum does not exceed the limit.
    case tooFewWindows(valid: Int, required: Int)

    /// The flag that excluded most hours, when flags (not plain gaps) made the statistic invalid.
    public var dominantFlag: (flag: ReadingFlag, hours: Int)? {
        guard case .tooFewHours(_, _, let flagged) = self,
            let top = flagged.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) })
        else { return nil }
        return (top.key, top.value)
    }
}
