import AQI

/// Twelve stacked bars: each month's valid days per level, level 1 at the bottom.
struct MonthBarsChart: Sendable {
    struct Segment: Sendable {
        let segX: String
        let segY: String
        let segWidth: String
        let segHeight: String
        let segFill: String
        let segTitle: String
    }

    struct Gridline: Sendable {
        let gridLeft: String
        let gridRight: String
        let gridY: String
        let gridLabelX: String
        let gridLabelY: String
        let gridLabel: String
    }

    static let left = 40
    static let slot = 54
    static let barWidth = 34
    static let top = 10
    static let plotHeight = 200
    static let maxDays = 31

    let barsTitle: String
    let barsDesc: String
    let barsViewBox =
        "0 0 \(MonthBarsChart.left + 12 * MonthBarsChart.slot + 8) \(MonthBarsChart.top + MonthBarsChart.plotHeight + 30)"
    let gridlines: [Gridline]
    let segments: [Segment]
    let monthLabels: [HourlyChart.Tick]

    /// - Parameter daysPerLevel: for each month 1…12, valid days per level (nil: no data).
    init(year: Int, daysPerLevel: [[Int]?], areaName: String) {
        let bottom = MonthBarsChart.top + MonthBarsChart.plotHeight
        func height(_ days: Int) -> Int {  // tenths
            (MonthBarsChart.plotHeight * 10 * days + MonthBarsChart.maxDays / 2) / MonthBarsChart.maxDays
        }
        gridlines = [0, 10, 20, 30].map { d in
            let y = SVGNumber.text(tenths: bottom * 10 - height(d))
            return Gridline(
                gridLeft: String(MonthBarsChart.left),
                gridRight: String(MonthBarsChart.left + 12 * MonthBarsChart.slot),
                gridY: y, gridLabelX: String(MonthBarsChart.left - 6),
                gridLabelY: SVGNumber.text(tenths: bottom * 10 - height(d) + 40), gridLabel: "\(d)天")
        }
        var segments: [Segment] = []
        var desc: [String] = []
        for (m, counts) in daysPerLevel.enumerated() {
            guard let counts else {
                desc.append("\(m + 1)月：无数据")
                continue
            }
            let x = MonthBarsChart.left + m * MonthBarsChart.slot + (MonthBarsChart.slot - MonthBarsChart.barWidth) / 2
            var stacked = 0
            for level in AirQualityLevel.all where counts[level.number - 1] > 0 {
                let n = counts[level.number - 1]
                let top = bottom * 10 - height(stacked + n)
                segments.append(
                    Segment(
                        segX: String(x), segY: SVGNumber.text(tenths: top), segWidth: String(MonthBarsChart.barWidth),
                        segHeight: SVGNumber.text(tenths: bottom * 10 - height(stacked) - top), segFill: level.hex,
                        segTitle: "\(m + 1)月 \(level.category) \(n)天"))
                stacked += n
            }
            desc.append("\(m + 1)月：\(PeriodFormat.levelCounts(counts))")
        }
        self.segments = segments
        monthLabels = (1...12).map { m in
            HourlyChart.Tick(
                tickX: String(MonthBarsChart.left + (m - 1) * MonthBarsChart.slot + MonthBarsChart.slot / 2),
                tickY: String(bottom + 20), tickLabel: "\(m)月")
        }
        barsTitle = "\(areaName) \(year)年 逐月各级别天数"
        barsDesc = desc.joined(separator: "；")
    }
}
