import AQI

/// The geometry of the day's 24 real-time AQI values as an inline SVG line over the level
/// bands (rendered by `ChartTemplates.hourly`).
struct HourlyChart: Sendable {
    struct Band: Sendable {
        let bandY: String
        let bandHeight: String
        let bandFill: String
    }

    struct Tick: Sendable {
        let tickX: String
        let tickY: String
        let tickLabel: String
    }

    struct Dot: Sendable {
        let dotX: String
        let dotY: String
        let dotFill: String
        let dotLabel: String
    }

    struct Line: Sendable {
        let linePoints: String
    }

    /// Consecutive NA hours, shaded and labelled.
    struct Gap: Sendable {
        let gapX: String
        let gapWidth: String
        let gapTextX: String
    }

    static let width = 720
    static let height = 260
    static let left = 52
    static let right = 12
    static let top = 12
    static let plotHeight = 210
    static var plotWidth: Int { width - left - right }

    let chartTitle: String
    let chartDesc: String
    let viewBox = "0 0 \(HourlyChart.width) \(HourlyChart.height)"
    let plotLeft = String(HourlyChart.left)
    let plotRight = String(HourlyChart.width - HourlyChart.right)
    let plotBottom = String(HourlyChart.top + HourlyChart.plotHeight)
    let bandWidth = String(HourlyChart.plotWidth)
    let bands: [Band]
    let yTicks: [Tick]
    let xTicks: [Tick]
    let lines: [Line]
    let dots: [Dot]
    let gaps: [Gap]
    let gapTop = String(HourlyChart.top)
    let gapHeight = String(HourlyChart.plotHeight)
    let gapTextY = String(HourlyChart.top + HourlyChart.plotHeight / 2)

    /// The upper bounds of the six levels; the scale stops at the first one above the day's maximum.
    static let levelTops = [50, 100, 150, 200, 300, 500]

    init(hours: [BulletinHour], title: String, language: Language) {
        let zh = language == .chinese
        let maxAQI = hours.compactMap(\.aqi).max() ?? 0
        let scale = HourlyChart.levelTops.first { $0 >= max(maxAQI, 100) } ?? 500
        func y(_ aqi: Int) -> Int {  // tenths
            (HourlyChart.top * 10) + (HourlyChart.plotHeight * 10 * (scale - min(aqi, scale)) + scale / 2) / scale
        }
        func x(_ hour: Int) -> Int {  // tenths; the centre of the hour's slot
            HourlyChart.left * 10 + (HourlyChart.plotWidth * 10 * (2 * hour - 1) + 24) / 48
        }
        var bands: [Band] = []
        var yTicks = [
            Tick(tickX: String(HourlyChart.left - 6), tickY: SVGNumber.text(tenths: y(0) + 70), tickLabel: "0")
        ]
        var low = 0
        for (i, high) in HourlyChart.levelTops.enumerated() where low < scale {
            bands.append(
                Band(
                    bandY: SVGNumber.text(tenths: y(high)), bandHeight: SVGNumber.text(tenths: y(low) - y(high)),
                    bandFill: AirQualityLevel(number: i + 1).hex))
            yTicks.append(
                Tick(
                    tickX: String(HourlyChart.left - 6), tickY: SVGNumber.text(tenths: y(high) + 70),
                    tickLabel: String(high)))
            low = high
        }
        self.bands = bands
        self.yTicks = yTicks
        xTicks = stride(from: 3, through: 24, by: 3).map { h in
            Tick(
                tickX: SVGNumber.text(tenths: x(h)), tickY: String(HourlyChart.top + HourlyChart.plotHeight + 26),
                tickLabel: zh ? "\(zeroPadded(h, 2))时" : "\(zeroPadded(h, 2)):00")
        }
        var lines: [Line] = []
        var run: [String] = []
        for h in hours {
            if let aqi = h.aqi {
                run.append("\(SVGNumber.text(tenths: x(h.hour))),\(SVGNumber.text(tenths: y(aqi)))")
            } else {
                if run.count > 1 { lines.append(Line(linePoints: run.joined(separator: " "))) }
                run = []
            }
        }
        if run.count > 1 { lines.append(Line(linePoints: run.joined(separator: " "))) }
        self.lines = lines
        dots = hours.compactMap { h in
            guard let aqi = h.aqi, let level = h.level else { return nil }
            return Dot(
                dotX: SVGNumber.text(tenths: x(h.hour)), dotY: SVGNumber.text(tenths: y(aqi)), dotFill: level.hex,
                dotLabel: HourlyChart.describe(h, language))
        }
        var gaps: [Gap] = []
        var start: Int?
        for h in hours.map(\.hour) + [25] {
            let missing = h <= 24 && hours[h - 1].aqi == nil
            if missing, start == nil { start = h }
            if !missing, let first = start {
                let left = x(first) - HourlyChart.plotWidth * 5 / 24  // tenths: half a slot
                let right = x(h - 1) + HourlyChart.plotWidth * 5 / 24
                gaps.append(
                    Gap(
                        gapX: SVGNumber.text(tenths: left), gapWidth: SVGNumber.text(tenths: right - left),
                        gapTextX: SVGNumber.text(tenths: (left + right) / 2)))
                start = nil
            }
        }
        self.gaps = gaps
        chartTitle = title
        chartDesc = hours.map { HourlyChart.describe($0, language) }.joined(separator: zh ? "；" : "; ")
    }

    /// "01时 AQI 45（优）" / "01:00 AQI 45 (Excellent)"; "NA" without a value.
    static func describe(_ h: BulletinHour, _ language: Language) -> String {
        let label = hourLabel(h.hour, language)
        guard let aqi = h.aqi, let level = h.level else { return "\(label) AQI NA" }
        let category = Wording.category(level, language)
        return language == .chinese ? "\(label) AQI \(aqi)（\(category)）" : "\(label) AQI \(aqi) (\(category))"
    }

    /// "01时" / "01:00" (the hour is named by its end).
    static func hourLabel(_ hour: Int, _ language: Language) -> String {
        language == .chinese ? "\(zeroPadded(hour, 2))时" : "\(zeroPadded(hour, 2)):00"
    }
}
