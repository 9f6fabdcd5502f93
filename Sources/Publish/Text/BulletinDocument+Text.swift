import AQI
import Formats

extension BulletinDocument {
    /// The longest summary line, in characters: a text message (短信) that fits one segment.
    public static let summaryLimit = 70

    /// The message-length summary, e.g. `2025年1月15日 文山市 空气质量指数 80，良，首要污染物 PM2.5`
    /// (at most `summaryLimit` characters; a long area name is shortened with "…").
    public func summaryLine() -> String {
        let tail = summaryTail()
        var name = area.name
        let fixed = date.chinese.count + tail.count + 2
        if fixed + name.count > Self.summaryLimit {
            name = String(name.prefix(max(1, Self.summaryLimit - fixed - 1))) + "…"
        }
        return MarkupEscaping.plain("\(date.chinese) \(name) \(tail)")
    }

    /// The English summary, e.g. `Wenshan City, 15 January 2025: AQI 80, Good, primary pollutant PM2.5`.
    public func englishSummaryLine() -> String {
        let head = "\(area.englishName), \(Wording.date(date, .english)): AQI "
        var text: String
        if let aqi = city.aqi, let level = city.level {
            text = head + "\(aqi), \(level.englishCategory)"
            if let primary = city.primaryPollutants, !primary.isEmpty {
                text += ", primary pollutant \(Wording.pollutants(primary, .english))"
            }
        } else {
            text = head + "NA"
        }
        return MarkupEscaping.plain(text + (revision.number > 1 ? " (revision \(revision.number))" : ""))
    }

    private func summaryTail() -> String {
        var text = "空气质量指数 "
        if let aqi = city.aqi, let level = city.level {
            text += "\(aqi)，\(level.category)"
            if let primary = city.primaryPollutants, !primary.isEmpty {
                text += "，首要污染物 \(Wording.pollutants(primary, .chinese))"
            }
        } else if city.missingIndicators.isEmpty || city.aqiComputed == nil {
            text += "NA（无有效数据）"
        } else {
            text += "NA（缺少 \(Wording.pollutants(Set(city.missingIndicators.map(\.pollutant)).sorted(), .chinese))）"
        }
        return text + (revision.number > 1 ? "（第\(revision.number)版）" : "")
    }

    /// The plain-text bulletin (`bulletins/YYYY/YYYY-MM-DD.txt`): the summary line, then the
    /// whole bulletin in aligned columns, in Chinese.
    public func plainText() -> String {
        let zh = Language.chinese
        var lines = [summaryLine(), "", "\(area.name)空气质量日报", "日期：\(date.chinese)（01时—24时，北京时间）"]
        if let aqi = city.aqi, let level = city.level {
            lines.append("空气质量指数（AQI）：\(aqi)")
            lines.append("级别：\(level.name)　类别：\(level.category)　颜色：\(level.colorName)")
            let primary = city.primaryPollutants.map { $0.isEmpty ? "无" : Wording.pollutants($0, zh) } ?? "NA"
            lines.append("首要污染物：\(primary)")
            lines.append("对健康影响情况：\(level.healthEffect(standard))")
            lines.append("建议采取的措施：\(level.measures(standard))")
        } else {
            lines.append("空气质量指数（AQI）：NA　级别：NA　类别：NA　首要污染物：NA")
        }
        if standard == .hj633_2012, !city.iaqiOver100.isEmpty {
            lines.append("超标污染物：\(Wording.pollutants(city.iaqiOver100, zh))")
        }
        if standard == .hj633_2026 {
            let rows = SensitiveRow.rows(city.iaqiOver100, zh)
            lines.append(rows.isEmpty ? "建议采取措施的敏感人群：无 IAQI 超过 100 的污染物" : "建议采取措施的敏感人群：")
            lines += rows.map { "  \($0.sensitivePollutants)：\($0.sensitiveText)" }
        }
        lines += BulletinPage.cityNotes(self, zh)

        lines += ["", "各项污染物"]
        lines += TextTable.render(
            header: ["指标", "浓度", "单位", "分指数", "有效小时", "说明"],
            rows: city.indicators.map { i in
                let row = IndicatorRow(i, zh)
                return [row.rowName, row.rowConcentration, row.rowUnit, row.rowIAQI, row.rowValid, row.rowReason ?? ""]
            })
        if !stations.isEmpty {
            lines += ["", "各监测点"]
            lines += TextTable.render(
                header: ["监测点", "编码", "AQI", "级别", "类别", "首要污染物", "有效小时"],
                rows: stations.map { s in
                    let row = StationRow(s, zh, labels: .chinese)
                    return [
                        row.stationName + (row.stationKind.map { "（\($0)）" } ?? ""), row.stationCode, row.stationAQI,
                        row.stationLevel, row.stationCategory, row.stationPrimary, row.stationValid,
                    ]
                })
        }
        lines += ["", "逐小时AQI"]
        for start in stride(from: 0, to: hourly.count, by: 6) {
            lines.append(
                hourly[start..<min(start + 6, hourly.count)].map {
                    "\(HourlyChart.hourLabel($0.hour, zh)) \($0.aqi.map(String.init) ?? "NA")"
                }.joined(separator: "  "))
        }
        lines.append("")
        lines += BulletinPage.about(self, zh, labels: .chinese).map { "\($0.metaTerm)：\($0.metaValue)" }
        lines.append("注：\(BulletinLabels.chinese.notesText)")
        let trimmed = lines.map { line in String(line.reversed().drop { $0 == " " }.reversed()) }
        return MarkupEscaping.plain(trimmed.joined(separator: "\n") + "\n")
    }
}
