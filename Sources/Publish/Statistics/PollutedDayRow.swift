import AQI

/// A row of the polluted-days table (日期 | 首要污染物 | 浓度), as the bureau posts it.
struct PollutedDayRow: Sendable {
    let pollutedDate: String
    let pollutedHref: String
    let pollutedAQI: String
    let pollutedCategory: String
    let pollutedSwatch: String
    let pollutedPrimary: String
    let pollutedConcentration: String

    /// Rows for the days of level 3 or worse among `documents`, in date order.
    static func rows(_ documents: [BulletinDocument], root: String) -> [PollutedDayRow] {
        documents.sorted { $0.date < $1.date }.compactMap { doc in
            guard let aqi = doc.city.aqi, let level = doc.city.level, level.number >= 3 else { return nil }
            let primary = doc.city.primaryIndicators ?? []
            return PollutedDayRow(
                pollutedDate: doc.date.description, pollutedHref: root + SitePaths.dayPage(doc.date, .chinese),
                pollutedAQI: String(aqi), pollutedCategory: level.category, pollutedSwatch: level.hex,
                pollutedPrimary: primary.map(PeriodFormat.indicatorLabel).joined(separator: "、"),
                pollutedConcentration: primary.map { i in
                    (doc.city.indicator(i)?.concentration?.description ?? "NA") + " " + i.pollutant.unit
                }.joined(separator: "、"))
        }
    }
}
