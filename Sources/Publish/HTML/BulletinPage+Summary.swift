import AQI

extension BulletinPage {
    /// The coloured summary: AQI, category, level and colour, primary pollutants; grey "NA"
    /// when the AQI is not published.
    static func card(_ city: BulletinLocation, _ language: Language) -> Card {
        let zh = language == .chinese
        let l = zh ? BulletinLabels.chinese : BulletinLabels.english
        let colon = zh ? "：" : ": "
        guard let aqi = city.aqi, let level = city.level else {
            return Card(
                aqiText: "NA", categoryText: "NA", levelLine: zh ? "级别 NA" : "Level NA",
                primaryLine: "\(l.primary)\(colon)NA", background: "#E4E7EA", foreground: "#1B1B1B")
        }
        let primary = city.primaryPollutants.map { $0.isEmpty ? l.none : Wording.pollutants($0, language) } ?? "NA"
        return Card(
            aqiText: String(aqi), categoryText: Wording.category(level, language),
            levelLine: "\(Wording.levelName(level, language)) · \(Wording.colorName(level, language))",
            primaryLine: "\(l.primary)\(colon)\(primary)", background: level.hex, foreground: level.foregroundHex)
    }

    /// What the reader must know about the area's AQI: which indicators are missing and which
    /// rule decided the publication (HJ 633—2026 §5.3.1, §5.3.2; HJ 633—2012 §5).
    static func cityNotes(_ doc: BulletinDocument, _ language: Language) -> [String] {
        let zh = language == .chinese
        let city = doc.city
        var notes: [String] = []
        let missing = Wording.indicators(city.missingIndicators, language)
        switch (city.aqi, city.aqiComputed) {
        case (nil, nil):
            notes.append(zh ? "无有效指标，AQI 为 NA。" : "No indicator is valid: the AQI is NA.")
        case (nil, let computed?):
            notes.append(
                zh
                    ? "缺失指标：\(missing)。其余指标计算的 AQI 为 \(computed)，不超过 100；按 HJ 633—2026 第5.3.1条，AQI、首要污染物、级别和类别发布为 NA。"
                    : "Missing: \(missing). The AQI of the other indicators is \(computed), not above 100, so under HJ 633—2026 §5.3.1 the AQI, primary pollutant, level and category are published as NA."
            )
        case (_?, _) where !city.missingIndicators.isEmpty:
            notes.append(
                doc.standard == .hj633_2026
                    ? (zh
                        ? "缺失指标：\(missing)。其余指标计算的 AQI 超过 100，按 HJ 633—2026 第5.3.1条照常发布。"
                        : "Missing: \(missing). The AQI of the other indicators is above 100, so it is published (HJ 633—2026 §5.3.1).")
                    : (zh
                        ? "缺失指标：\(missing)；按 HJ 633—2012，AQI 由其余指标计算。"
                        : "Missing: \(missing); under HJ 633—2012 the AQI is computed from the other indicators."))
        default:
            break
        }
        let exempt = city.indicators.filter { $0.isNotMonitored && !city.missingIndicators.contains($0.indicator) }
        if !exempt.isEmpty {
            let names = Wording.indicators(exempt.map(\.indicator), language)
            // HJ 633—2012 has no §5.3.2 exemption: it computes the AQI from whatever is available.
            notes.append(
                doc.standard == .hj633_2012
                    ? (zh
                        ? "未纳入监测方案（/）：\(names)；按 HJ 633—2012，AQI 由其余指标计算。"
                        : "Not in the monitoring plan (/): \(names); under HJ 633—2012 the AQI is computed from the other indicators.")
                    : (zh
                        ? "未纳入监测方案（/）：\(names)；符合 HJ 633—2026 第5.3.2条，不影响 AQI 发布。"
                        : "Not in the monitoring plan (/): \(names); exempt under HJ 633—2026 §5.3.2, so the AQI is published.")
            )
        }
        if !city.rulesApplied.isEmpty {
            notes.append((zh ? "适用的特殊规则：" : "Special rules applied: ") + city.rulesApplied.joined(separator: "; "))
        }
        return notes
    }

    /// 评价标准, 发布机构, 索引号, 发布时间, 版本 and, above revision 1, the reason.
    static func about(_ doc: BulletinDocument, _ language: Language, labels l: BulletinLabels) -> [MetaRow] {
        let zh = language == .chinese
        let time = doc.revision.publishedAt.chinaMinuteText
        var rows = [
            MetaRow(metaTerm: l.standard, metaValue: Wording.standardName(doc.standard, language)),
            MetaRow(metaTerm: l.issuer, metaValue: zh ? doc.issuer.name : doc.issuer.englishName),
            MetaRow(metaTerm: l.indexNumber, metaValue: doc.revision.indexNumber),
            MetaRow(metaTerm: l.publishedAt, metaValue: zh ? "\(time)（北京时间）" : "\(time) (UTC+8)"),
            MetaRow(
                metaTerm: l.revision, metaValue: zh ? "第\(doc.revision.number)版" : "Revision \(doc.revision.number)"),
        ]
        if doc.revision.number > 1, let reason = doc.revision.reason {
            rows.append(MetaRow(metaTerm: zh ? "修订原因" : "Reason for revision", metaValue: reason))
        }
        return rows
    }
}

/// A term and its value in the "about" list.
struct MetaRow: Sendable {
    let metaTerm: String
    let metaValue: String
}

/// HJ 633—2026 Table 2: the sensitive groups for the pollutants with IAQI > 100, PM10 and
/// PM2.5 on one row as in the table.
struct SensitiveRow: Sendable {
    let sensitivePollutants: String
    let sensitiveText: String

    static func rows(_ pollutants: [Pollutant], _ language: Language) -> [SensitiveRow] {
        let zh = language == .chinese
        var groups: [[Pollutant]] = []
        for p in pollutants {
            if p == .pm2_5, let j = groups.firstIndex(of: [.pm10]) {
                groups[j].append(p)
            } else {
                groups.append([p])
            }
        }
        return groups.map { g in
            SensitiveRow(
                sensitivePollutants: g.map { zh ? $0.chineseName : $0.englishName }.joined(separator: zh ? "、" : ", "),
                sensitiveText: zh ? SensitiveGroups.chinese(g[0]) : SensitiveGroups.english(g[0]))
        }
    }
}
