/// The data-completeness rules the statistics apply (aqi-standards.md §4.2, §4.3).
public enum ValidityRules {
    /// GB 3095—2026 Table 4: a daily mean needs ≥ 20 hourly means of the natural day.
    public static let minimumHoursForDailyMean = 20
    /// GB 3095—2026 Table 4: an 8-h mean needs ≥ 6 hourly means of its 8 hours.
    public static let minimumHoursForEightHourMean = 6
    /// HJ 663 §6.1.2 (2013 text; 2026 unverified, A3): the O3 daily maximum 8-h mean needs ≥ 14
    /// valid 8-h means among the 17 windows labelled 08–24 …
    public static let minimumWindowsForO3DailyMax = 14
    /// … unless it exceeds the limit; this system uses the grade-II O3 8-h limit, 160 µg/m³.
    public static let o3EightHourLimit = 160
    /// The O3 daily maximum 1-h (HJ 633—2012 daily report only) has no rule of its own in
    /// GB 3095 Table 4. This system's choice, by analogy with the two rules above: ≥ 20 valid
    /// hours, or a maximum above the grade-II 1-h limit of 200 µg/m³.
    public static let o3OneHourLimit = 200
    /// GB 3095—2026 Table 4: an annual mean needs ≥ 324 daily means, a month ≥ 27 (February ≥ 25).
    public static let minimumDaysForAnnualMean = 324
    public static func minimumDaysForMonthlyMean(month: Int) -> Int { month == 2 ? 25 : 27 }
}
