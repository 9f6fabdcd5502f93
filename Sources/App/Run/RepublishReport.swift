import AQI
import Identity

/// What `republish` did, as values; the CLI turns it into text (Sources/airbulletin/RepublishReport+Text.swift).
public struct RepublishReport: Sendable {
    /// One area's correction.
    public struct Correction: Sendable, Equatable {
        public let areaCode: AreaCode
        public let areaName: String
        /// The revision in force before.
        public let fromRevision: Int
        /// `2610A PM2.5 2025-01-15 8时: 63 → 163 µg/m³`, in hour order.
        public let changedInputs: [String]
        public let aqiBefore: Int?
        public let aqiNow: Int?
        public let primaryBefore: [Pollutant]?
        public let primaryNow: [Pollutant]?
        /// The stored revision; nil for a dry run.
        public var publishedRevision: Int?
    }

    public let day: LocalDate
    public let dryRun: Bool
    /// Published from the stored readings: nothing fetched.
    public let fromStore: Bool
    /// The reason as published (with the from-store note).
    public let reason: String
    public let operatorName: String
    public var fetch = FetchSummary()
    /// The upstream could not be fetched: nothing was republished.
    public var fetchFailed = false
    public var corrections: [Correction] = []
    public var site = RunReport.SiteOutcome.unchanged

    init(day: LocalDate, dryRun: Bool, fromStore: Bool, reason: String, operatorName: String) {
        self.day = day
        self.dryRun = dryRun
        self.fromStore = fromStore
        self.reason = reason
        self.operatorName = operatorName
    }
}
