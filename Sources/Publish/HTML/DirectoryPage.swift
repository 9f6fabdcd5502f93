import AQI
import Identity

/// The root `index.html` of a multi-area site: the issuer's overview of its areas, as provincial
/// departments publish it — the day's ranking by AQI and the month's by composite index.
struct DirectoryPage: Sendable {
    /// An area with the latest revision of each of its days.
    struct Area: Sendable {
        let identity: SiteIdentity
        let documents: [BulletinDocument]

        /// `<area code>/` + a path of the area's site.
        func href(_ path: String) -> String { SitePaths.areaPrefix(identity.area.code) + path }
    }

    let frame: PageFrame
    let heading: String
    let day: DayRanking?
    let month: MonthRanking?
    let nothing = "尚未发布空气质量日报。"

    init(issuer: Issuer, areas: [Area]) {
        heading = "\(issuer.name) · 城市空气质量"
        frame = PageFrame(directoryOf: issuer, pageTitle: heading)
        let areas = areas.sorted { $0.identity.area.code < $1.identity.area.code }
        guard let last = areas.flatMap(\.documents).map(\.date).max() else {
            (day, month) = (nil, nil)
            return
        }
        day = DayRanking(date: last, areas: areas)
        month = MonthRanking(through: last, areas: areas)
    }

    /// Standard competition ranks ("1, 2, 2, 4") of values in ranking order, equal values sharing
    /// a rank, as ranking tables print ties.
    static func ranks<Value: Equatable>(_ values: [Value]) -> [Int] {
        var ranks: [Int] = []
        for (n, value) in values.enumerated() {
            ranks.append(n > 0 && values[n - 1] == value ? ranks[n - 1] : n + 1)
        }
        return ranks
    }
}
