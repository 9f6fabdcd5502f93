import AQI
import App
import Fetch
import Foundation
import Identity
import Publish

/// Documents built from real daily reports: the bundled sample (stations/sample: Wenshan's 2610A
/// and 2611A, January 2025, HJ 633—2012) and synthetic HJ 633—2026 days.
enum SampleBulletins {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let sampleFolder = repository.appendingPathComponent("stations/sample")

    static let area = BulletinArea(code: "532601", name: "文山市", englishName: "Wenshan City")
    static let issuer = Issuer(
        name: "文山州生态环境局文山分局", englishName: "Wenshan Branch, Wenshan Prefecture Ecology and Environment Bureau",
        organisation: OrganisationCode("MB0000000")!)
    static let stations = [
        DailyTable.Station(code: StationCode("2610A")!, name: "州水务局", isAssessment: true),
        DailyTable.Station(code: StationCode("2611A")!, name: "市便民服务中心", isAssessment: true),
    ]

    /// A China Standard Time wall-clock moment.
    static func unixSeconds(_ date: LocalDate, hour: Int, minute: Int = 0) -> Instant {
        Instant(china: date, hour: hour, minute: minute)
    }

    /// The January 2025 sample's readings, decoded by the CNEMC archive decoder.
    static let readings: [Reading] = {
        let files = try! FileManager.default.contentsOfDirectory(atPath: sampleFolder.path)
            .filter { $0.hasPrefix("china_sites_") }.sorted()
        return files.flatMap { name in
            let bytes = Array(try! Data(contentsOf: sampleFolder.appendingPathComponent(name)))
            return try! CNEMCArchiveDecoder.decode(bytes, file: name).readings(file: name).readings
        }
    }()

    /// The 31 daily reports of January 2025 (HJ 633—2012 by the data period).
    static let januaryReports: [DailyReport] = DailyTable.reports(
        readings: readings, stations: stations, areaCode: area.code, areaName: area.name,
        first: LocalDate(year: 2025, month: 1, day: 1), last: LocalDate(year: 2025, month: 1, day: 31))

    /// Revision 1 of a report, published at 09:00 the next morning.
    static func document(
        _ report: DailyReport, revision: Int = 1, reason: String? = nil, at instant: Instant? = nil,
        area: BulletinArea = area, issuer: Issuer = issuer
    ) -> BulletinDocument {
        let serial = report.date.dayNumber - LocalDate(year: report.date.year, month: 1, day: 1).dayNumber + 1
        return BulletinDocument(
            report: report, area: area, issuer: issuer,
            revision: RevisionInfo(
                number: revision, reason: reason, publishedBy: revision == 1 ? "cron" : "王芳",
                publishedAt: instant ?? unixSeconds(report.date.adding(days: 1), hour: 9),
                indexNumber: "\(issuer.orgCode)/\(report.date.year)-\(zeroPadded(serial * 10 + revision, 5))"))
    }

    static var january: [BulletinDocument] { januaryReports.map { document($0) } }

    static func zeroPadded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
