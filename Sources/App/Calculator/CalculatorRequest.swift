import AQI

/// One computation for the AQI calculator (`airbulletin aqi`), from command-line
/// `KEY=VALUE` arguments or from an NDJSON line shaped like a test vector.
public struct CalculatorRequest: Sendable {
    public enum Kind: Sendable, Equatable {
        case china(ChinaIndicatorSet)
        case epaDaily
        /// US EPA NowCast for PM2.5 from the last 12 hours, most recent first.
        case nowcastPM2_5
    }

    public let kind: Kind
    /// Raw means to be rounded by GB/T 8170 first (China only).
    public let roundInputs: Bool
    /// The inputs in the order given; nil is a value marked missing (`NA`, JSON null).
    public let values: [(Indicator, ExactDecimal?)]
    public let nowcastHours: [ExactDecimal?]

    public var standard: Standard {
        switch kind {
        case .china(let set): set.standard
        case .epaDaily, .nowcastPM2_5: .usEPA2024
        }
    }

    /// The report name as the vectors write it: `daily`, `realtime`, `nowcast_pm2_5`.
    public var reportName: String {
        switch kind {
        case .china(let set): set.report.rawValue
        case .epaDaily: "daily"
        case .nowcastPM2_5: "nowcast_pm2_5"
        }
    }

    /// Builds a request from `KEY=VALUE` pairs. A value of `NA` marks the indicator missing.
    public init(arguments: [String], standard: Standard, report: ReportKind, roundInputs: Bool = true)
        throws(UsageError)
    {
        guard !arguments.isEmpty else {
            throw UsageError("no indicators given (for example: airbulletin aqi PM2_5_24H=35 O3_8H=120)")
        }
        var pairs: [(String, String?)] = []
        for argument in arguments {
            guard let eq = argument.firstIndex(of: "="), eq != argument.startIndex else {
                throw UsageError("\"\(argument)\" is not KEY=VALUE (for example PM2_5_24H=35)")
            }
            let value = String(argument[argument.index(after: eq)...])
            pairs.append((String(argument[..<eq]), value.uppercased() == "NA" ? nil : value))
        }
        try self.init(
            pairs: pairs, standard: standard, report: report.rawValue, roundInputs: roundInputs, nowcastHours: nil)
    }

    /// Builds a request from key/text pairs; `report` is `daily`, `realtime` or `nowcast_pm2_5`.
    init(
        pairs: [(String, String?)], standard: Standard, report: String, roundInputs: Bool,
        nowcastHours: [String?]?
    ) throws(UsageError) {
        self.roundInputs = roundInputs
        if report == "nowcast_pm2_5" {
            guard standard == .usEPA2024 else {
                throw UsageError("the NowCast is a US EPA method: use standard us-epa-2024")
            }
            guard let nowcastHours, !nowcastHours.isEmpty, nowcastHours.count <= 12, pairs.isEmpty else {
                throw UsageError("PM2_5_1H_most_recent_first: give 1 to 12 hourly PM2.5 values, most recent first")
            }
            kind = .nowcastPM2_5
            values = []
            var hours: [ExactDecimal?] = []
            for (i, text) in nowcastHours.enumerated() {
                hours.append(
                    try text.map { t throws(UsageError) in try Self.parse("PM2_5_1H_most_recent_first[\(i)]", t) })
            }
            self.nowcastHours = hours
            return
        }
        self.nowcastHours = []
        var parsed: [(Indicator, ExactDecimal?)] = []
        var seen = Set<Indicator>()
        for (key, text) in pairs {
            guard let indicator = Indicator(rawValue: key.uppercased()) else {
                throw UsageError("unknown indicator \"\(key)\" (indicator keys look like PM2_5_24H, O3_8H, CO_1H)")
            }
            guard seen.insert(indicator).inserted else { throw UsageError("\(indicator.key) is given twice") }
            parsed.append((indicator, try text.map { t throws(UsageError) in try Self.parse(indicator.key, t) }))
        }
        guard let reportKind = ReportKind(rawValue: report) else {
            throw UsageError("unknown report \"\(report)\" (expected daily or realtime)")
        }
        let accepted: [Indicator]
        if standard.isChinese {
            let set = ChinaIndicatorSet.inferred(standard: standard, report: reportKind, keys: seen)
            kind = .china(set)
            accepted = set.acceptedKeys
        } else {
            guard reportKind == .daily else {
                throw UsageError("us-epa-2024 has a daily index and a PM NowCast here, not a realtime report")
            }
            kind = .epaDaily
            accepted = EPAIndex.acceptedKeys
        }
        if let stranger = parsed.first(where: { !accepted.contains($0.0) }) {
            throw UsageError(
                "\(stranger.0.key) is not an indicator of the \(standard.id) \(reportKind.rawValue) report (expected one of \(accepted.map(\.key).joined(separator: ", ")))"
            )
        }
        values = parsed
    }

    static func parse(_ key: String, _ text: String) throws(UsageError) -> ExactDecimal {
        let value: ExactDecimal
        do {
            value = try ExactDecimal(parsing: text)
        } catch .tooManyDigits {
            throw UsageError("\(key): \"\(text)\" has too many digits (at most 15 decimals and 18 digits)")
        } catch {
            throw UsageError("\(key): \"\(text)\" is not a number")
        }
        guard !value.isNegative else {
            throw UsageError("\(key): \(text) is negative (a concentration cannot be below zero)")
        }
        return value
    }
}
