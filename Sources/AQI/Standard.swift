/// An AQI standard. Each bulletin records the one that produced it (ARCHITECTURE.md, Time).
public enum Standard: String, CaseIterable, Sendable, Hashable, Codable {
    case hj633_2026 = "hj633-2026"
    case hj633_2012 = "hj633-2012"
    case usEPA2024 = "us-epa-2024"

    /// The CLI and storage identifier: `hj633-2026`, `hj633-2012`, `us-epa-2024`.
    public var id: String { rawValue }

    /// The name printed on a bulletin.
    public var displayName: String {
        switch self {
        case .hj633_2026: "HJ 633—2026《环境空气质量指数（AQI）技术规定》"
        case .hj633_2012: "HJ 633—2012《环境空气质量指数（AQI）技术规定（试行）》"
        case .usEPA2024: "US EPA AQI (EPA-454/B-24-002, 2024)"
        }
    }

    public var shortName: String {
        switch self {
        case .hj633_2026: "HJ 633—2026"
        case .hj633_2012: "HJ 633—2012"
        case .usEPA2024: "US EPA 2024"
        }
    }

    public var isChinese: Bool { self != .usEPA2024 }

    /// Accepts the CLI names and the vectors' names (`HJ633-2026`, `EPA-2024`).
    public init?(name: String) {
        switch name.lowercased() {
        case "hj633-2026": self = .hj633_2026
        case "hj633-2012": self = .hj633_2012
        case "us-epa-2024", "epa-2024": self = .usEPA2024
        default: return nil
        }
    }

    /// The first day of HJ 633—2026 (aqi-standards.md §0).
    public static let hj633_2026EffectiveDate = LocalDate(year: 2026, month: 3, day: 1)

    /// The Chinese standard in force for a data period that starts on `date`: periods that
    /// start before 2026-03-01 00:00 (UTC+8) use HJ 633—2012 (aqi-standards.md §0).
    public static func inForce(on date: LocalDate) -> Standard {
        date < hj633_2026EffectiveDate ? .hj633_2012 : .hj633_2026
    }
}

/// `auto` or a fixed standard, as the `--standard` option takes it.
public enum StandardChoice: Sendable, Hashable {
    case auto
    case fixed(Standard)

    public init?(name: String) {
        if name.lowercased() == "auto" {
            self = .auto
        } else if let s = Standard(name: name) {
            self = .fixed(s)
        } else {
            return nil
        }
    }

    /// The standard for a period starting on `date`.
    public func resolve(for date: LocalDate) -> Standard {
        switch self {
        case .auto: Standard.inForce(on: date)
        case .fixed(let s): s
        }
    }

    public static let names = "auto, hj633-2026, hj633-2012, us-epa-2024"
}

/// The report an index belongs to (HJ 633—2026 §4.2, §5.2).
public enum ReportKind: String, Sendable, Hashable, Codable {
    /// 日报: natural-day means and the O3 daily maximum 8-h mean.
    case daily
    /// 实时报: 1-h means.
    case realtime
}
