import AQI

/// The month page: the bureau's monthly post, generated (peers §1.3, "What Wenshan actually
/// publishes"), with the year-to-date block and a calendar heat map.
struct MonthPage: Sendable {
    let frame: PageFrame
    let heading: String
    let month: PeriodBlock
    let yearToDate: PeriodBlock
    let pollutedRows: [PollutedDayRow]
    let hasPolluted: Bool
    let pollutedNone = "本月无轻度污染及以上天气。"
    let calendar: CalendarChart
    let stationNames: String?
    let standards: String

    /// - Parameter documents: the latest revision of every published day of the area (any year).
    init(year: Int, month: Int, documents: [BulletinDocument], identity: SiteIdentity) {
        let area = identity.area.name
        let first = LocalDate(year: year, month: month, day: 1)
        let inMonth = documents.filter { $0.date.year == year && $0.date.month == month }
        let name = Wording.month(year: year, month: month, .chinese)
        frame = PageFrame(
            language: .chinese, pageTitle: "\(area)\(name)环境空气质量", root: "../", content: identity,
            nav: [.init(navHref: "../" + SitePaths.yearPage(year), navText: "\(year)年", navLang: nil)])
        heading = "\(area)\(name)环境空气质量"
        let summaries = documents.filter { $0.date.year == year }.map(DaySummary.init)
        self.month = PeriodBlock(
            PeriodStatistics(first: first, last: first.lastOfMonth, days: summaries), title: name,
            lead: "\(name)，\(area)")
        let ytdTitle = month == 1 ? "\(year)年1月累计" : "\(year)年1—\(month)月累计"
        yearToDate = PeriodBlock(
            PeriodStatistics(first: LocalDate(year: year, month: 1, day: 1), last: first.lastOfMonth, days: summaries),
            title: ytdTitle, lead: "\(ytdTitle)，\(area)")
        pollutedRows = PollutedDayRow.rows(inMonth, root: "../")
        hasPolluted = !pollutedRows.isEmpty
        calendar = CalendarChart(
            year: year, month: month, documents: Dictionary(inMonth.map { ($0.date, $0) }) { a, _ in a },
            areaName: area, root: "../")
        let stations = Set(inMonth.flatMap { $0.stations.filter(\.isAssessment).map { "\($0.name)（\($0.code)）" } })
        stationNames = stations.isEmpty ? nil : stations.sorted().joined(separator: "、")
        standards = Set(inMonth.map { Wording.standardName($0.standard, .chinese) }).sorted().joined(separator: "；")
    }
}
