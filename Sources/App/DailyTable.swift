import AQI
import Identity

/// An area's daily reports over a span of days, and the plain-text table a clerk checks.
public enum DailyTable {
    public struct Station: Sendable {
        public let code: StationCode
        public let name: String
        public let isAssessment: Bool
        public let coverage: MonitoringCoverage

        public init(code: StationCode, name: String, isAssessment: Bool, coverage: MonitoringCoverage = .full) {
            self.code = code
            self.name = name
            self.isAssessment = isAssessment
            self.coverage = coverage
        }
    }

    /// One report per day from `first` to `last`, each under the standard of its day.
    public static func reports(
        readings: [Reading], stations: [Station], areaCode: AreaCode, areaName: String,
        first: LocalDate, last: LocalDate, standard: StandardChoice = .auto
    ) -> [DailyReport] {
        let byStation = Dictionary(grouping: readings, by: \.station)
        let notMonitored = Set(
            Pollutant.allCases.filter { p in stations.allSatisfy { $0.coverage.notMonitored.contains(p) } })
        let exempt = Set(notMonitored.filter { p in stations.allSatisfy { $0.coverage.exempt.contains(p) } })
        let areaCoverage = MonitoringCoverage(notMonitored: notMonitored, exempt: exempt)
        return (first.dayNumber...last.dayNumber).map { n in
            let day = LocalDate(dayNumber: n)
            let inputs = stations.map { s in
                StationHours(
                    code: s.code, name: s.name, isAssessment: s.isAssessment, coverage: s.coverage,
                    readings: byStation[s.code] ?? [], day: day)
            }
            return DailyReport(
                areaCode: areaCode.rawValue, areaName: areaName, date: day, standard: standard.resolve(for: day),
                stations: inputs, areaCoverage: areaCoverage)
        }
    }

    /// The daily table: one row per day with the AQI, level, primary pollutants, the six
    /// concentrations (O3 as the daily max 8-h) and the valid hours.
    public static func render(_ reports: [DailyReport]) -> String {
        guard let first = reports.first else { return "" }
        let standards = Set(reports.map(\.standard.shortName)).sorted().joined(separator: ", ")
        var lines = ["\(first.areaName) 空气质量日报 \(first.date) … \(reports.last!.date)（\(standards)）", ""]
        let header = ["日期", "AQI", "级别", "类别", "首要污染物", "PM2.5", "PM10", "O3_8h", "NO2", "SO2", "CO", "有效小时"]
        let rows = reports.map { r -> [String] in
            let a = r.area
            let primary =
                a.index.primaryPollutants.map { $0.isEmpty ? "—" : $0.map(\.label).joined(separator: ",") } ?? "NA"
            let values = [Indicator.pm2_5_24h, .pm10_24h, .o3_8h, .no2_24h, .so2_24h, .co_24h].map {
                a.statistic($0)?.rounded?.description ?? (a.statistic($0)?.invalidReason == .notMonitored ? "/" : "NA")
            }
            return [
                r.date.description, a.index.aqi.map(String.init) ?? "NA", a.index.level?.name ?? "NA",
                a.index.level?.category ?? "NA", primary,
            ] + values + ["\(a.validHours)/24"]
        }
        lines += TextTable.render(header: header, rows: rows)
        lines.append("")
        lines.append("单位 µg/m³（CO mg/m³）。O3_8h 为日最大8小时平均。Units µg/m³ (CO mg/m³); O3_8h is the daily maximum 8-h mean.")
        return lines.joined(separator: "\n") + "\n"
    }
}
