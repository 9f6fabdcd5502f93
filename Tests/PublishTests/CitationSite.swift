import AQI
import Publish

/// A site of a few days on each side of the switch to the 2026 editions (2026-03-01): February
/// 2025 and February 2026 under HJ 633—2012 and GB 3095—2012, March 2026 under the 2026 editions.
/// Three days a month, so every monthly value is short of the validity table and says so; one
/// 2025 day has CO outside the monitoring plan ("/").
enum CitationSite {
    static let switchDay = LocalDate(year: 2026, month: 3, day: 1)
    static let coExempt = LocalDate(year: 2025, month: 2, day: 13)

    static var documents: [BulletinDocument] {
        let months = [(2025, 2), (2026, 2), (2026, 3)]
        var reports = months.flatMap { year, month in
            (10...12).map { SyntheticDays.pm70(on: LocalDate(year: year, month: month, day: $0)) }
        }
        var hours = SyntheticDays.station(pm2_5: 40)
        hours[.co] = nil
        let plan = MonitoringCoverage(notMonitored: [.co], exempt: [.co])
        reports.append(
            SyntheticDays.report(
                coExempt,
                stations: [
                    StationHours(
                        code: StationCode("2610A")!, name: "州水务局", isAssessment: true, coverage: plan, hours: hours)
                ], coverage: plan))
        return reports.map { SampleBulletins.document($0) }
    }

    static let files: [RenderedFile] = try! renderSite(
        SiteContent(
            identity: GoldenSite.identity, bulletins: documents, generatedAt: GoldenSite.generatedAt,
            baseURL: "https://example.gov.cn/air/", idAuthority: "example.gov.cn,2025"))

    static func file(_ path: String) throws -> String {
        guard let file = files.first(where: { $0.path == path }) else { throw SiteError("\(path) was not rendered") }
        return file.text
    }
}
