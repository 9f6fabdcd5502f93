import AQI
import Formats

/// `history.csv`: one row per area-day (the latest revision), the columns the exporter of
/// issue 6 shares.
public enum HistoryCSV {
    public static let header = [
        "area", "date", "aqi", "level", "category", "primary_pollutants", "so2", "no2", "co", "o3_8h", "pm10", "pm2_5",
        "iaqi_so2", "iaqi_no2", "iaqi_co", "iaqi_o3_8h", "iaqi_pm10", "iaqi_pm2_5", "valid_hours_so2",
        "valid_hours_no2", "valid_hours_co", "valid_hours_o3", "valid_hours_pm10", "valid_hours_pm2_5", "o3_1h",
        "iaqi_o3_1h", "standard", "revision",
    ]

    /// The six daily indicators in column order.
    static let indicators: [Indicator] = [.so2_24h, .no2_24h, .co_24h, .o3_8h, .pm10_24h, .pm2_5_24h]

    /// One row: concentrations as published (integers, CO one decimal), missing values empty,
    /// level 1–6, category in Chinese, primary pollutants joined with `;` in the order SO2, NO2,
    /// CO, O3, PM10, PM2.5.
    public static func row(_ doc: BulletinDocument) -> [String] {
        let city = doc.city
        let cells = indicators.map { city.indicator($0) }
        let aqi: String = city.aqi.map(String.init) ?? ""
        let level: String = city.level.map { String($0.number) } ?? ""
        let category: String = city.level?.category ?? ""
        let primary: String = city.primaryPollutants?.map(\.label).joined(separator: ";") ?? ""
        var row: [String] = [doc.area.code.rawValue, doc.date.description, aqi, level, category, primary]
        row += cells.map { $0?.concentration?.description ?? "" }
        row += cells.map { $0?.iaqi.map(String.init) ?? "" }
        row += cells.map { c in c.flatMap { $0.isNotMonitored ? nil : String($0.validHours) } ?? "" }
        let o3OneHour = city.indicator(.o3_1h)
        row += [
            o3OneHour?.concentration?.description ?? "", o3OneHour?.iaqi.map(String.init) ?? "", doc.standard.id,
            String(doc.revision.number),
        ]
        return row
    }

    /// The whole file: the header, then the rows sorted by area and date.
    public static func render(_ documents: [BulletinDocument]) -> String {
        let sorted = documents.sorted { ($0.area.code, $0.date) < ($1.area.code, $1.date) }
        return ([header] + sorted.map(row)).map(CSVWriter.row).joined()
    }
}
