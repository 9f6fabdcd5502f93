import AQI

/// The statistics of one period as pages show them (the bureau's monthly post; the national
/// monthly reports): days, levels, 优良天数比例, the six period values, the composite index.
struct PeriodBlock: Sendable {
    struct Tile: Sendable {
        let tileValue: String
        let tileLabel: String
    }

    struct LevelRow: Sendable {
        let levelSwatch: String
        let levelName: String
        let levelDays: String
        let levelShare: String
    }

    struct ValueRow: Sendable {
        let valueName: String
        let valueText: String
        let valueUnit: String
        let valueDays: String
        /// Why the value is NA or incomplete; nil when it meets Table 4 of the GB 3095 edition in
        /// force for the period.
        let valueNote: String?
    }

    let blockTitle: String
    let tiles: [Tile]
    let levelRows: [LevelRow]
    let valueRows: [ValueRow]
    let compositeText: String?
    let sentence: String

    /// - Parameters:
    ///   - title: the period's name in a heading, e.g. "2025年1月".
    ///   - lead: the period's name in prose, e.g. "2025年1月，文山市".
    init(_ stats: PeriodStatistics, title: String, lead: String) {
        blockTitle = title
        let rate = stats.goodRate.map { PeriodFormat.percent($0) + "%" } ?? "—"
        let polluted = stats.daysValid - stats.goodDays
        tiles = [
            Tile(tileValue: "\(stats.daysMonitored)", tileLabel: "监测天数"),
            Tile(tileValue: "\(stats.daysValid)", tileLabel: "有效天数"),
            Tile(tileValue: "\(stats.goodDays)", tileLabel: "优良天数"),
            Tile(tileValue: rate, tileLabel: "优良天数比例"),
            Tile(tileValue: "\(polluted)", tileLabel: "轻度污染及以上天数"),
        ]
        levelRows = AirQualityLevel.all.map { level in
            let n = stats.daysPerLevel[level.number - 1]
            return LevelRow(
                levelSwatch: level.hex, levelName: "\(level.name) \(level.category)", levelDays: "\(n)",
                levelShare: stats.daysValid > 0
                    ? PeriodFormat.percent(Rational(Int128(n), Int128(stats.daysValid))) + "%" : "—")
        }
        valueRows = PeriodBlock.valueRows(stats)
        compositeText = stats.compositeIndex.map {
            "环境空气质量综合指数 \(PeriodFormat.composite($0.value))（按 \($0.limits.name) 二级浓度限值）"
        }
        sentence = PeriodBlock.sentence(stats, lead: lead, rate: rate)
    }

    /// SO2, NO2, PM10, PM2.5 and CO means; CO 95th and O3 90th percentiles; O3 8-h mean.
    static func valueRows(_ stats: PeriodStatistics) -> [ValueRow] {
        var rows: [ValueRow] = []
        // The data-period rule: a 2025 month answers to GB 3095—2012, the year 2026 to both editions.
        let shortfall = StandardEditions.validityShortfall(first: stats.first, last: stats.last)
        func add(_ name: String, _ value: PeriodValue?, _ pollutant: Pollutant) {
            guard let value else {
                rows.append(
                    ValueRow(
                        valueName: name, valueText: "NA", valueUnit: pollutant.unit, valueDays: "0",
                        valueNote: "\(name)：无有效日数据"))
                return
            }
            let required = value.requiredDays.map { "/\($0)" } ?? ""
            rows.append(
                ValueRow(
                    valueName: name, valueText: PeriodFormat.concentration(value.value, pollutant),
                    valueUnit: pollutant.unit, valueDays: "\(value.days)\(required)",
                    valueNote: value.isComplete ? nil : "\(name)：\(shortfall)，仅供参考"))
        }
        add("PM2.5 平均浓度", stats.means[.pm2_5], .pm2_5)
        add("PM10 平均浓度", stats.means[.pm10], .pm10)
        add("O3 日最大8小时平均第90百分位数", stats.o3Percentile90, .o3)
        add("SO2 平均浓度", stats.means[.so2], .so2)
        add("NO2 平均浓度", stats.means[.no2], .no2)
        add("CO 日均值第95百分位数", stats.coPercentile95, .co)
        return rows
    }

    /// The bureau's sentence: "2025年1月，文山市环境空气质量监测天数31天，有效天数31天，其中优21天、
    /// 良10天，优良天数比例100.0%。PM2.5平均浓度23 µg/m³……"
    static func sentence(_ stats: PeriodStatistics, lead: String, rate: String) -> String {
        var text =
            "\(lead)环境空气质量监测天数\(stats.daysMonitored)天，有效天数\(stats.daysValid)天，"
            + "其中\(PeriodFormat.levelCounts(stats.daysPerLevel))，优良天数比例\(rate)。"
        var values: [String] = []
        if let v = stats.means[.pm2_5] {
            values.append("PM2.5平均浓度\(PeriodFormat.concentration(v.value, .pm2_5)) µg/m³")
        }
        if let v = stats.means[.pm10] { values.append("PM10平均浓度\(PeriodFormat.concentration(v.value, .pm10)) µg/m³") }
        if let v = stats.o3Percentile90 {
            values.append("O3日最大8小时平均第90百分位数\(PeriodFormat.concentration(v.value, .o3)) µg/m³")
        }
        if let v = stats.means[.so2] { values.append("SO2平均浓度\(PeriodFormat.concentration(v.value, .so2)) µg/m³") }
        if let v = stats.means[.no2] { values.append("NO2平均浓度\(PeriodFormat.concentration(v.value, .no2)) µg/m³") }
        if let v = stats.coPercentile95 {
            values.append("CO日均值第95百分位数\(PeriodFormat.concentration(v.value, .co)) mg/m³")
        }
        if !values.isEmpty { text += values.joined(separator: "，") + "。" }
        return text
    }
}
