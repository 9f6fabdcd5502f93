import AQI

extension CalculatorResult {
    /// The short answer a person reads, in Chinese and English.
    public func text(standard: Standard, report: String) -> String {
        switch self {
        case .china(let index, _): Self.chinaText(index)
        case .epa(let index): Self.epaText(index)
        case .nowcast(let nowcast): Self.nowcastText(nowcast)
        }
    }

    private static func chinaText(_ index: ChinaIndex) -> String {
        var lines: [String] = []
        let reportName = index.indicatorSet.report == .daily ? "日报 daily report" : "实时报 real-time report"
        if let aqi = index.aqi, let level = index.level {
            lines.append("AQI \(aqi)  \(level.name) \(level.category)（\(level.colorName)）· \(level.englishCategory)")
            let primary = index.primaryPollutants ?? []
            lines.append(
                "首要污染物 Primary pollutant: \(primary.isEmpty ? "—（AQI ≤ 50）" : primary.map(\.label).joined(separator: "、"))"
            )
        } else {
            lines.append("AQI NA")
            let missing = index.missingIndicators.map(\.key).joined(separator: ", ")
            let rest =
                index.aqiComputed.map { "the AQI of the other indicators is \($0), not above 100" }
                ?? "no indicator has a value"
            lines.append(
                "HJ 633—2026 §5.3.1: \(missing) missing and \(rest); AQI, level and primary pollutant are published as NA."
            )
        }
        lines.append("\(index.standard.shortName) \(reportName)")
        lines.append("")
        let rows = index.indicatorSet.indicators.map { key -> [String] in
            let c = index.concentrations[key].map { "\($0) \(key.pollutant.unit)" } ?? "NA"
            return [key.key, c, index.iaqi[key].map(String.init) ?? "NA"]
        }
        lines.append(
            contentsOf: TextTable.render(header: ["指标 Indicator", "浓度 Concentration", "分指数 IAQI"], rows: rows))
        for rule in index.rulesApplied { lines.append("rule: \(rule.text)") }
        if let level = index.level {
            lines.append("")
            lines.append("对健康影响情况：\(level.healthEffect(index.standard))")
            lines.append("建议采取的措施：\(level.measures(index.standard))")
            lines.append("Health: \(level.englishHealthEffect(index.standard))")
            lines.append("Advice: \(level.englishMeasures(index.standard))")
        }
        for group in SensitiveGroups.groups(for: index) {
            lines.append("敏感人群（\(group.pollutants.map(\.label).joined(separator: "、"))）：\(group.chinese)")
        }
        return lines.joined(separator: "\n")
    }

    private static func epaText(_ index: EPAIndex) -> String {
        guard let aqi = index.aqi, let category = index.category else {
            return "US EPA AQI: not defined for these values (O3 1-h below 0.125 ppm or 8-h above 0.200 ppm only)"
        }
        var lines = [
            "US EPA AQI \(aqi)  \(category.name) (\(category.colorName))",
            "Main pollutant: \(index.mainPollutants.map(\.label).joined(separator: ", "))", "",
        ]
        let rows = EPAIndex.acceptedKeys.compactMap { key -> [String]? in
            guard let t = index.truncated[key] else { return nil }
            let i = index.index[key] ?? nil
            return [key.key, t.description, i.map(String.init) ?? "—"]
        }
        lines.append(contentsOf: TextTable.render(header: ["Indicator", "Truncated", "Index"], rows: rows))
        return lines.joined(separator: "\n")
    }

    private static func nowcastText(_ nowcast: NowCast?) -> String {
        guard let nowcast else { return "NowCast: none (fewer than 2 of the 3 most recent hours are valid)" }
        return
            "PM2.5 NowCast \(nowcast.value) µg/m³ → US EPA AQI \(nowcast.aqi.map(String.init) ?? "—") \(nowcast.category?.name ?? "")"
    }
}
