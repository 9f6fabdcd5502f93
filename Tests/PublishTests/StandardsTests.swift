import AQI
import Publish
import Testing

/// The standard is chosen by the data period and the bulletin says so, in numbers and in words.
@Suite struct StandardsTests {
    /// 2025-01-15 (the sample): HJ 633—2012 — seven indicators with O3 1-h, PM2.5 59 → IAQI 80 on
    /// the 2012 table (2026's 35–60 segment would give 98), the 2012 name, no sensitive groups.
    @Test func wenshan2025_01_15UsesHJ633_2012() throws {
        let doc = SampleBulletins.january[14]
        #expect(doc.standard == .hj633_2012)
        #expect(
            doc.city.indicators.map(\.indicator) == [
                .so2_24h, .no2_24h, .co_24h, .o3_1h, .o3_8h, .pm10_24h, .pm2_5_24h,
            ])
        #expect(doc.city.indicator(.pm2_5_24h)?.concentration == ExactDecimal(59))
        #expect(doc.city.indicator(.pm2_5_24h)?.iaqi == 80)
        #expect(doc.city.aqi == 80)
        let html = doc.html(.chinese, revisions: [doc.revision], latest: 1)
        #expect(html.contains("HJ 633—2012《环境空气质量指数（AQI）技术规定（试行）》"))
        #expect(html.contains("<th scope=\"row\">O3 日最大1小时平均</th>"))
        #expect(!html.contains("建议采取措施的敏感人群"))
        #expect(doc.summaryLine() == "2025年1月15日 文山市 空气质量指数 80，良，首要污染物 PM2.5")
    }

    /// A daily PM2.5 of 70 µg/m³ is 轻度污染 under HJ 633—2026 and 良 under HJ 633—2012, and each
    /// bulletin uses its standard's wording.
    @Test func pm70IsLightlyPollutedIn2026AndGoodIn2012() throws {
        let day2012 = SampleBulletins.document(SyntheticDays.pm70(on: LocalDate(year: 2025, month: 3, day: 15)))
        let day2026 = SampleBulletins.document(SyntheticDays.pm70(on: SyntheticDays.march15))
        #expect(day2012.standard == .hj633_2012)
        #expect(day2026.standard == .hj633_2026)
        #expect(day2012.city.indicator(.pm2_5_24h)?.iaqi == 94)  // 50 + 50·(70−35)/40 = 93.75 → 94
        #expect(day2026.city.indicator(.pm2_5_24h)?.iaqi == 110)  // 100 + 50·(70−60)/50 = 110
        #expect(day2012.city.level?.category == "良")
        #expect(day2026.city.level?.category == "轻度污染")
        #expect(day2012.summaryLine() == "2025年3月15日 文山市 空气质量指数 94，良，首要污染物 PM2.5")
        #expect(day2026.summaryLine() == "2026年3月15日 文山市 空气质量指数 110，轻度污染，首要污染物 PM2.5")

        let html2026 = day2026.html(.chinese, revisions: [day2026.revision], latest: 1)
        #expect(html2026.contains("HJ 633—2026《环境空气质量指数（AQI）技术规定》"))
        #expect(html2026.contains("<dd>敏感人群症状有轻度加剧，健康人群出现刺激症状</dd>"))
        #expect(html2026.contains("<dd>青少年儿童、老年人及心血管系统疾病、呼吸系统疾病患者应减少长时间、高强度的户外锻炼</dd>"))
        #expect(html2026.contains("<td>细颗粒物（PM2.5）</td><td>患有心血管系统疾病或呼吸系统疾病（如哮喘）的人、青少年儿童、户外活动频繁的人以及老年人</td>"))
        #expect(!html2026.contains("O3 日最大1小时平均"))

        let html2012 = day2012.html(.chinese, revisions: [day2012.revision], latest: 1)
        #expect(html2012.contains("<p class=\"category\">良</p>"))
        #expect(html2012.contains("<dd>极少数异常敏感人群应减少户外活动</dd>"))
        #expect(!html2012.contains("建议采取措施的敏感人群"))

        let english = day2026.html(.english, revisions: [day2026.revision], latest: 1)
        #expect(english.contains("<html lang=\"en\">"))
        #expect(english.contains("<p class=\"category\">Lightly polluted</p>"))
        #expect(english.contains("HJ 633—2026 Technical Regulation on Ambient Air Quality Index (AQI)"))
    }

    /// NA and "/" as HJ 633—2026 Tables 4–5 and §5.3 require, each with its reason.
    @Test func naAndSlashCarryTheirReasons() throws {
        let na = SampleBulletins.document(SyntheticDays.march16Report())
        #expect(na.city.aqi == nil)
        let html = na.html(.chinese, revisions: [na.revision], latest: 1)
        #expect(html.contains("<span class=\"aqi\">NA</span>"))
        #expect(
            html.contains(
                "<tr><th scope=\"row\">PM2.5 日平均</th><td class=\"num\">NA <small class=\"unit\">µg/m³</small></td><td class=\"num\">NA</td><td>12/24</td></tr>\n<tr class=\"reason-row\"><td colspan=\"4\">PM2.5 日平均：有效小时数不足（12/24，至少需20小时），主要因故障（D）12小时</td></tr>"
            ))
        #expect(html.contains("按 HJ 633—2026 第5.3.1条，AQI、首要污染物、级别和类别发布为 NA。"))
        #expect(na.summaryLine() == "2026年3月16日 文山市 空气质量指数 NA（缺少 PM2.5）")

        // A pollutant outside the plan, exempt under §5.3.2: "/" and the AQI still published.
        var hours = SyntheticDays.station(pm2_5: 30)
        hours[.co] = nil
        let plan = MonitoringCoverage(notMonitored: [.co], exempt: [.co])
        let slash = SampleBulletins.document(
            SyntheticDays.report(
                SyntheticDays.march15,
                stations: [
                    StationHours(
                        code: StationCode("2610A")!, name: "州水务局", isAssessment: true, coverage: plan, hours: hours)
                ],
                coverage: plan))
        #expect(slash.city.aqi == 78)  // PM10 88: 50 + 50·(88−50)/70 = 77.1 → 78
        let page = slash.html(.english, revisions: [slash.revision], latest: 1)
        #expect(
            page.contains(
                "<tr><th scope=\"row\">CO 24-h mean</th><td class=\"num\">/ <small class=\"unit\">mg/m³</small></td><td class=\"num\">/</td><td>/</td></tr>\n<tr class=\"reason-row\"><td colspan=\"4\">CO 24-h mean: not in the monitoring plan</td></tr>"
            ))
        #expect(page.contains("exempt under HJ 633—2026 §5.3.2, so the AQI is published."))
        #expect(HistoryCSV.row(slash)[8] == "")
    }

    /// A maintenance flag is named as the reason a station's value is NA.
    @Test func maintenanceFlagIsTheStatedReason() throws {
        let doc = SampleBulletins.document(SyntheticDays.march15Report())
        let station = try #require(doc.stations.first { $0.code == "2611A" })
        let pm10 = try #require(station.indicator(.pm10_24h))
        #expect(pm10.invalidReason == .tooFewHours(valid: 14, required: 20, flagged: [.maintenance: 10]))
        #expect(doc.json().contains("\"note\": \"有效小时数不足（14/24，至少需20小时），主要因维护（M）10小时\""))
        #expect(
            doc.html(.chinese, revisions: [doc.revision], latest: 1).contains(
                "<p class=\"note\">市便民服务中心（2611A）PM10 日平均：有效小时数不足（14/24，至少需20小时），主要因维护（M）10小时</p>"))
        #expect(
            doc.html(.english, revisions: [doc.revision], latest: 1).contains(
                "<p class=\"note\">市便民服务中心 (2611A) PM10 24-h mean: too few valid hours (14/24, 20 needed); mostly maintenance (M), 10 h</p>"
            ))
    }
}
