import AQI

/// What quality control marked in one run, by mark and pollutant, for the run's report.
public struct QualityReport: Sendable, Hashable {
    public private(set) var counts: [ReadingFlag: [Pollutant: Int]] = [:]

    public init() {}

    mutating func add(_ flag: ReadingFlag, _ pollutant: Pollutant) {
        counts[flag, default: [:]][pollutant, default: 0] += 1
    }

    /// Adds another run's counts (one report for an import of several files).
    public mutating func merge(_ other: QualityReport) {
        for (flag, byPollutant) in other.counts {
            for (pollutant, n) in byPollutant { counts[flag, default: [:]][pollutant, default: 0] += n }
        }
    }

    public var total: Int { counts.values.reduce(0) { $0 + $1.values.reduce(0, +) } }

    public func count(_ flag: ReadingFlag) -> Int { counts[flag]?.values.reduce(0, +) ?? 0 }

    public func count(_ flag: ReadingFlag, _ pollutant: Pollutant) -> Int { counts[flag]?[pollutant] ?? 0 }

    /// The marks in the order of `ReadingFlag`, with the name the report uses.
    static let marks: [(flag: ReadingFlag, name: String)] = [
        (.impossible, "impossible"), (.sentinel, "sentinel"), (.pm25AbovePM10, "PM2.5>PM10"), (.stuck, "stuck"),
    ]

    /// One line: `QC: 3 flagged (1 sentinel, 2 PM2.5>PM10)`, or `QC: 0 flagged`.
    public var summary: String {
        let parts = Self.marks.compactMap { mark -> String? in
            let n = count(mark.flag)
            return n > 0 ? "\(n) \(mark.name)" : nil
        }
        return parts.isEmpty ? "QC: 0 flagged" : "QC: \(total) flagged (\(parts.joined(separator: ", ")))"
    }

    /// One line per mark with its pollutants in canonical order, e.g. `stuck: 24 (SO2 12, PM2.5 12)`.
    public var details: [String] {
        Self.marks.compactMap { mark in
            let n = count(mark.flag)
            guard n > 0 else { return nil }
            let byPollutant = Pollutant.allCases.compactMap { p -> String? in
                let k = count(mark.flag, p)
                return k > 0 ? "\(p.label) \(k)" : nil
            }
            return "\(mark.name): \(n) (\(byPollutant.joined(separator: ", ")))"
        }
    }
}
