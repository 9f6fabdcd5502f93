import AQI

/// The year page: the year's statistics, month-by-month level bars and table, the polluted days,
/// and the change on the same period of last year where last year's data exist.
struct YearPage: Sendable {
    struct MonthRow: Sendable {
        let monthName: String
        let monthHref: String
        let monthValid: String
        let monthGood: String
        let monthRate: String
        let monthPM25: String
        let monthPM10: String
        let monthO3: String
    }

    struct ComparisonRow: Sendable {
        let comparisonName: String
        let comparisonThis: String
        let comparisonLast: String
        let comparisonChange: String
    }

    let frame: PageFrame
    let heading: String
    let year: PeriodBlock
    let bars: MonthBarsChart
    let monthRows: [MonthRow]
    let pollutedRows: [PollutedDayRow]
    let hasPolluted: Bool
    let pollutedNone = "本年无轻度污染及以上天气。"
    let comparisonTitle: String?
    let comparisonRows: [ComparisonRow]

    init(year: Int, documents: [BulletinDocument], identity: SiteIdentity) {
        let area = identity.area.name
        let summaries = documents.map(DaySummary.init)
        let inYear = documents.filter { $0.date.year == year }
        frame = PageFrame(language: .chinese, pageTitle: "\(area)\(year)年环境空气质量", root: "../", content: identity)
        heading = "\(area)\(year)年环境空气质量"
        let first = LocalDate(year: year, month: 1, day: 1)
        self.year = PeriodBlock(
            PeriodStatistics(first: first, last: LocalDate(year: year, month: 12, day: 31), days: summaries),
            title: "\(year)年", lead: "\(year)年，\(area)")
        var perLevel: [[Int]?] = []
        var rows: [MonthRow] = []
        for m in 1...12 {
            let start = LocalDate(year: year, month: m, day: 1)
            guard inYear.contains(where: { $0.date.month == m }) else {
                perLevel.append(nil)
                continue
            }
            let s = PeriodStatistics(first: start, last: start.lastOfMonth, days: summaries)
            perLevel.append(s.daysPerLevel)
            rows.append(
                MonthRow(
                    monthName: "\(m)月", monthHref: "../" + SitePaths.monthStem(year: year, month: m) + ".html",
                    monthValid: "\(s.daysValid)", monthGood: "\(s.goodDays)",
                    monthRate: s.goodRate.map { PeriodFormat.percent($0) + "%" } ?? "—",
                    monthPM25: s.means[.pm2_5].map { PeriodFormat.concentration($0.value, .pm2_5) } ?? "NA",
                    monthPM10: s.means[.pm10].map { PeriodFormat.concentration($0.value, .pm10) } ?? "NA",
                    monthO3: s.o3Percentile90.map { PeriodFormat.concentration($0.value, .o3) } ?? "NA"))
        }
        bars = MonthBarsChart(year: year, daysPerLevel: perLevel, areaName: area)
        monthRows = rows
        pollutedRows = PollutedDayRow.rows(inYear, root: "../")
        hasPolluted = !pollutedRows.isEmpty
        (comparisonTitle, comparisonRows) = YearPage.comparison(year: year, documents: documents, summaries: summaries)
    }

    /// 同比: this year from 1 January to its last published day against the same span of last
    /// year; nil when last year has no valid day in that span.
    static func comparison(year: Int, documents: [BulletinDocument], summaries: [DaySummary]) -> (
        String?, [ComparisonRow]
    ) {
        guard let end = documents.filter({ $0.date.year == year }).map(\.date).max() else { return (nil, []) }
        let lastEnd = LocalDate(
            year: year - 1, month: end.month, day: min(end.day, LocalDate.daysIn(year: year - 1, month: end.month)))
        let this = PeriodStatistics(first: LocalDate(year: year, month: 1, day: 1), last: end, days: summaries)
        let last = PeriodStatistics(first: LocalDate(year: year - 1, month: 1, day: 1), last: lastEnd, days: summaries)
        guard last.daysValid > 0 else { return (nil, []) }
        var rows: [ComparisonRow] = []
        if let a = this.goodRate, let b = last.goodRate {
            rows.append(
                ComparisonRow(
                    comparisonName: "优良天数比例", comparisonThis: PeriodFormat.percent(a) + "%",
                    comparisonLast: PeriodFormat.percent(b) + "%",
                    comparisonChange: PeriodFormat.pointChange(from: b, to: a)))
        }
        func add(_ name: String, _ a: PeriodValue?, _ b: PeriodValue?, _ p: Pollutant) {
            guard let a, let b else { return }
            rows.append(
                ComparisonRow(
                    comparisonName: name, comparisonThis: PeriodFormat.concentration(a.value, p) + " " + p.unit,
                    comparisonLast: PeriodFormat.concentration(b.value, p) + " " + p.unit,
                    comparisonChange: PeriodFormat.change(from: b.value, to: a.value)))
        }
        add("PM2.5 平均浓度", this.means[.pm2_5], last.means[.pm2_5], .pm2_5)
        add("PM10 平均浓度", this.means[.pm10], last.means[.pm10], .pm10)
        add("O3 日最大8小时平均第90百分位数", this.o3Percentile90, last.o3Percentile90, .o3)
        add("SO2 平均浓度", this.means[.so2], last.means[.so2], .so2)
        add("NO2 平均浓度", this.means[.no2], last.means[.no2], .no2)
        add("CO 日均值第95百分位数", this.coPercentile95, last.coPercentile95, .co)
        let span = "1月1日—\(end.month)月\(end.day)日"
        return ("与\(year - 1)年同期（\(span)）相比", rows)
    }
}
