import AQI

extension DirectoryPage {
    /// The latest day any area published: every area by AQI, best first, NA after the ranked
    /// areas and those without that day's bulletin last.
    struct DayRanking: Sendable {
        struct Row: Sendable {
            let dayRank: String
            let dayHref: String
            let dayName: String
            let dayAQI: String
            let dayLevel: String
            let dayCategory: String
            let daySwatch: String?
            let dayPrimary: String
            /// Set when the area has no bulletin for the day: what it has instead.
            let dayAbsent: String?
        }

        let dayHeading: String
        let daySentence: String
        let dayRows: [Row]
        let dayNote: String

        init(date: LocalDate, areas: [Area]) {
            dayHeading = "\(date.chinese) 城市空气质量日报"
            let today = areas.map { area in (area, area.documents.first { $0.date == date }) }
            let ranked = today.compactMap { area, doc -> (area: Area, doc: BulletinDocument, aqi: Int)? in
                guard let doc, let aqi = doc.city.aqi else { return nil }
                return (area, doc, aqi)
            }.sorted { ($0.aqi, $0.area.identity.area.code) < ($1.aqi, $1.area.identity.area.code) }
            let ranks = DirectoryPage.ranks(ranked.map(\.aqi))
            var rows = zip(ranked, ranks).map { entry, rank in
                let (area, doc, aqi) = entry
                let level = AirQualityLevel(aqi: aqi)
                let primary = doc.city.primaryPollutants.map { $0.isEmpty ? "—" : Wording.pollutants($0, .chinese) }
                return Row(
                    dayRank: "\(rank)", dayHref: area.href(SitePaths.index), dayName: area.identity.area.name,
                    dayAQI: "\(aqi)", dayLevel: level.name, dayCategory: level.category, daySwatch: level.hex,
                    dayPrimary: primary ?? "NA", dayAbsent: nil)
            }
            let na = today.filter { $0.1 != nil && $0.1?.city.aqi == nil }
            rows += na.map { area, _ in
                Row(
                    dayRank: "—", dayHref: area.href(SitePaths.index), dayName: area.identity.area.name, dayAQI: "NA",
                    dayLevel: "NA", dayCategory: "NA", daySwatch: nil, dayPrimary: "NA", dayAbsent: nil)
            }
            let absent = today.filter { $0.1 == nil }.map(\.0)
            rows += absent.map { area in
                let newest = area.documents.map(\.date).max()
                return Row(
                    dayRank: "—", dayHref: area.href(SitePaths.index), dayName: area.identity.area.name, dayAQI: "",
                    dayLevel: "", dayCategory: "", daySwatch: nil, dayPrimary: "",
                    dayAbsent: newest.map { "当日未发布（最近一期：\($0.chinese)）" } ?? "尚未发布日报")
            }
            dayRows = rows
            var perLevel = [Int](repeating: 0, count: 6)
            for entry in ranked { perLevel[AirQualityLevel(aqi: entry.aqi).number - 1] += 1 }
            var sentence =
                "\(date.chinese)，\(areas.count)个城市中\(areas.count - absent.count)个发布日报："
                + PeriodFormat.levelCounts(perLevel, unit: "个")
            if !na.isEmpty { sentence += "，AQI 为 NA 的\(na.count)个" }
            if !absent.isEmpty { sentence += "；\(absent.count)个未发布" }
            daySentence = sentence + "。"
            let standards = Set(today.compactMap { $0.1?.standard }).sorted { $0.rawValue < $1.rawValue }
            dayNote =
                "AQI 由低到高排列，数值相同者并列，AQI 为 NA 的城市列于其后。评价依据："
                + standards.map { Wording.standardName($0, .chinese) }.joined(separator: "；") + "。"
        }
    }
}
