import AQI
import Identity
import Publish

/// A province of six areas over March 2025 (HJ 633—2012) and March 2026 (HJ 633—2026) for the
/// directory page: on the last day, 2026-03-05, 昆明 and 玉溪 tie, 曲靖 is lightly polluted,
/// 文山州 is NA (PM2.5 fault all day), 丽江 has not published and 大理 has never published.
/// 昆明's last day was republished (revision 2 corrects the PM2.5).
enum DirectorySite {
    static let issuer = Issuer(
        name: "云南省生态环境厅", englishName: "Department of Ecology and Environment of Yunnan Province",
        organisation: OrganisationCode("MB1111111")!)

    static let kunming = BulletinArea(code: "530100", name: "昆明", englishName: "Kunming")
    static let qujing = BulletinArea(code: "530300", name: "曲靖", englishName: "Qujing")
    static let yuxi = BulletinArea(code: "530400", name: "玉溪", englishName: "Yuxi")
    static let lijiang = BulletinArea(code: "530700", name: "丽江", englishName: "Lijiang")
    static let wenshan = BulletinArea(code: "532600", name: "文山州", englishName: "Wenshan Prefecture")
    static let dali = BulletinArea(code: "532900", name: "大理州", englishName: "Dali Prefecture")

    static let lastDay = LocalDate(year: 2026, month: 3, day: 5)

    /// Revision 1 of the area's day with constant PM2.5 (nil: a fault all day) and PM10.
    static func document(
        _ area: BulletinArea, _ date: LocalDate, pm2_5: Double?, pm10: Double, revision: Int = 1
    ) -> BulletinDocument {
        let report = SyntheticDays.report(
            date, stations: [SyntheticDays.station("\(area.code)A", pm2_5: pm2_5, pm10: pm10)], area: area)
        return SampleBulletins.document(
            report, revision: revision, reason: revision > 1 ? "PM2.5 数据经审核后更正，重新发布" : nil,
            at: SampleBulletins.unixSeconds(date.adding(days: 1), hour: 9 + revision), area: area, issuer: issuer)
    }

    /// `days` days of March of `year` from the 1st, with the same values every day.
    static func march(_ area: BulletinArea, _ year: Int, days: Int, pm2_5: Double?, pm10: Double) -> [BulletinDocument]
    {
        (1...days).map { document(area, LocalDate(year: year, month: 3, day: $0), pm2_5: pm2_5, pm10: pm10) }
    }

    static var areas: [AreaDirectoryInput] {
        [
            AreaDirectoryInput(
                identity: SiteIdentity(area: kunming, issuer: issuer),
                documents: march(kunming, 2025, days: 5, pm2_5: 25, pm10: 45)
                    + march(kunming, 2026, days: 4, pm2_5: 20, pm10: 40)
                    + [
                        document(kunming, lastDay, pm2_5: 80, pm10: 40),
                        document(kunming, lastDay, pm2_5: 20, pm10: 40, revision: 2),
                    ]
            ),
            AreaDirectoryInput(
                identity: SiteIdentity(area: qujing, issuer: issuer),
                documents: march(qujing, 2025, days: 5, pm2_5: 40, pm10: 60)
                    + march(qujing, 2026, days: 4, pm2_5: 40, pm10: 60)
                    + [document(qujing, lastDay, pm2_5: 70, pm10: 90)]
            ),
            AreaDirectoryInput(
                identity: SiteIdentity(area: yuxi, issuer: issuer),
                documents: march(yuxi, 2025, days: 5, pm2_5: 25, pm10: 45)
                    + march(yuxi, 2026, days: 5, pm2_5: 20, pm10: 40)
            ),
            AreaDirectoryInput(
                identity: SiteIdentity(area: lijiang, issuer: issuer),
                documents: march(lijiang, 2025, days: 5, pm2_5: 15, pm10: 30)
                    + march(lijiang, 2026, days: 4, pm2_5: 15, pm10: 30)
            ),
            AreaDirectoryInput(
                identity: SiteIdentity(area: wenshan, issuer: issuer),
                documents: march(wenshan, 2026, days: 4, pm2_5: 30, pm10: 50) + [
                    document(wenshan, lastDay, pm2_5: nil, pm10: 50)
                ]
            ),
            AreaDirectoryInput(identity: SiteIdentity(area: dali, issuer: issuer), documents: []),
        ]
    }

    /// The rendered page, once per test run.
    static let page: RenderedFile = try! renderAreaDirectory(issuer: issuer, areas: areas)
}
