import AQI

/// A month as a calendar heat map: one square per day, coloured by the day's level, Monday first.
struct CalendarChart: Sendable {
    struct Cell: Sendable {
        let cellX: String
        let cellY: String
        let cellSize = String(CalendarChart.cell)
        let cellFill: String
        let cellStroke: String
        let cellInk: String
        let dayX: String
        let dayY: String
        let dayLabel: String
        let aqiX: String
        let aqiY: String
        let aqiLabel: String
        let cellTitle: String
        let cellHref: String
    }

    static let cell = 48
    static let gap = 6
    static let header = 22

    let calTitle: String
    let calDesc: String
    let calViewBox: String
    let weekdays: [HourlyChart.Tick]
    let cells: [Cell]
    let emptyCells: [Cell]

    /// - Parameters:
    ///   - documents: the latest revision of each published day of the month.
    ///   - root: the relative path from the page to the site root.
    init(year: Int, month: Int, documents: [LocalDate: BulletinDocument], areaName: String, root: String) {
        let first = LocalDate(year: year, month: month, day: 1)
        let offset = first.isoWeekday - 1
        let days = LocalDate.daysIn(year: year, month: month)
        let rows = (offset + days + 6) / 7
        let step = CalendarChart.cell + CalendarChart.gap
        calViewBox = "0 0 \(7 * step - CalendarChart.gap) \(CalendarChart.header + rows * step)"
        weekdays = ["一", "二", "三", "四", "五", "六", "日"].enumerated().map { i, name in
            HourlyChart.Tick(tickX: String(i * step + CalendarChart.cell / 2), tickY: "15", tickLabel: name)
        }
        var cells: [Cell] = []
        var empty: [Cell] = []
        var desc: [String] = []
        for day in 1...days {
            let date = LocalDate(year: year, month: month, day: day)
            let k = offset + day - 1
            let x = k % 7 * step
            let y = CalendarChart.header + k / 7 * step
            let doc = documents[date]
            let level = doc?.city.level
            let aqi = doc.map { $0.city.aqi.map(String.init) ?? "NA" } ?? ""
            let title =
                doc == nil
                ? "\(month)月\(day)日 未发布"
                : "\(month)月\(day)日 AQI \(aqi)" + (level.map { " \($0.category)" } ?? "")
            desc.append(title)
            let c = Cell(
                cellX: String(x), cellY: String(y), cellFill: level?.hex ?? "#E4E7EA", cellStroke: "#8A9096",
                cellInk: level?.foregroundHex ?? "#1B1B1B", dayX: String(x + 5), dayY: String(y + 14),
                dayLabel: String(day), aqiX: String(x + CalendarChart.cell / 2), aqiY: String(y + 36), aqiLabel: aqi,
                cellTitle: title, cellHref: root + SitePaths.dayPage(date, .chinese))
            if doc == nil { empty.append(c) } else { cells.append(c) }
        }
        self.cells = cells
        emptyCells = empty
        calTitle = "\(areaName) \(year)年\(month)月 逐日空气质量级别"
        calDesc = desc.joined(separator: "；")
    }
}
