/// The six pollutants of HJ 633, in the canonical order used for data and JSON
/// (aqi-standards.md §2.5: SO2, NO2, CO, O3, PM10, PM2.5).
public enum Pollutant: Int, CaseIterable, Sendable, Hashable, Comparable, Codable {
    case so2, no2, co, o3, pm10, pm2_5

    /// The label used in data, JSON and exports: "SO2", "NO2", "CO", "O3", "PM10", "PM2.5".
    public var label: String {
        switch self {
        case .so2: "SO2"
        case .no2: "NO2"
        case .co: "CO"
        case .o3: "O3"
        case .pm10: "PM10"
        case .pm2_5: "PM2.5"
        }
    }

    /// The official Chinese name with the formula, as HJ 633—2026 Table 2 writes it.
    public var chineseName: String {
        switch self {
        case .so2: "二氧化硫（SO2）"
        case .no2: "二氧化氮（NO2）"
        case .co: "一氧化碳（CO）"
        case .o3: "臭氧（O3）"
        case .pm10: "可吸入颗粒物（PM10）"
        case .pm2_5: "细颗粒物（PM2.5）"
        }
    }

    public var englishName: String {
        switch self {
        case .so2: "Sulphur dioxide (SO2)"
        case .no2: "Nitrogen dioxide (NO2)"
        case .co: "Carbon monoxide (CO)"
        case .o3: "Ozone (O3)"
        case .pm10: "PM10"
        case .pm2_5: "PM2.5"
        }
    }

    /// The unit of every concentration of this pollutant (aqi-standards.md §1).
    public var unit: String { self == .co ? "mg/m³" : "µg/m³" }

    /// Decimals kept when a concentration is rounded for the IAQI step and for
    /// publication (HJ 633—2026 §4.2.2, §4.2.3: integers; CO one decimal).
    public var reportDecimals: Int { self == .co ? 1 : 0 }

    /// The bulletin's display order (aqi-standards.md §2.5): PM2.5, PM10, O3, NO2, SO2, CO.
    public static let bulletinOrder: [Pollutant] = [.pm2_5, .pm10, .o3, .no2, .so2, .co]

    /// Parses a label such as "PM2.5", "pm25", "PM2_5", "o3".
    public init?(label: String) {
        switch String(label.lowercased().filter { $0 != "_" && $0 != "." }) {
        case "so2": self = .so2
        case "no2": self = .no2
        case "co": self = .co
        case "o3": self = .o3
        case "pm10": self = .pm10
        case "pm25": self = .pm2_5
        default: return nil
        }
    }

    public static func < (lhs: Pollutant, rhs: Pollutant) -> Bool { lhs.rawValue < rhs.rawValue }
}
