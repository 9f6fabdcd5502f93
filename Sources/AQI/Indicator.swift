/// An indicator: one pollutant over one averaging period, named by the keys of
/// aqi-standards.md §1 (`PM2_5_24H`, `O3_8H`, …). `CO_8H` exists for US EPA only.
public enum Indicator: String, CaseIterable, Sendable, Hashable, Codable {
    case so2_24h = "SO2_24H"
    case so2_1h = "SO2_1H"
    case no2_24h = "NO2_24H"
    case no2_1h = "NO2_1H"
    case co_24h = "CO_24H"
    case co_1h = "CO_1H"
    case co_8h = "CO_8H"
    case o3_1h = "O3_1H"
    case o3_8h = "O3_8H"
    case pm10_24h = "PM10_24H"
    case pm10_1h = "PM10_1H"
    case pm2_5_24h = "PM2_5_24H"
    case pm2_5_1h = "PM2_5_1H"

    /// Hashes the case, not the key: `RawRepresentable`'s default would hash the string, and
    /// indicator dictionaries are on the path of every report (a fifth of its time in a profile).
    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// The case's position in `allCases`, for tables indexed by indicator.
    var ordinal: UInt8 {
        switch self {
        case .so2_24h: 0
        case .so2_1h: 1
        case .no2_24h: 2
        case .no2_1h: 3
        case .co_24h: 4
        case .co_1h: 5
        case .co_8h: 6
        case .o3_1h: 7
        case .o3_8h: 8
        case .pm10_24h: 9
        case .pm10_1h: 10
        case .pm2_5_24h: 11
        case .pm2_5_1h: 12
        }
    }

    /// The indicator key as written in inputs and JSON, e.g. `PM2_5_24H`.
    public var key: String { rawValue }

    public var pollutant: Pollutant {
        switch self {
        case .so2_24h, .so2_1h: .so2
        case .no2_24h, .no2_1h: .no2
        case .co_24h, .co_1h, .co_8h: .co
        case .o3_1h, .o3_8h: .o3
        case .pm10_24h, .pm10_1h: .pm10
        case .pm2_5_24h, .pm2_5_1h: .pm2_5
        }
    }

    public enum Period: Sendable { case oneHour, eightHour, day }

    public var period: Period {
        switch self {
        case .so2_1h, .no2_1h, .co_1h, .o3_1h, .pm10_1h, .pm2_5_1h: .oneHour
        case .o3_8h, .co_8h: .eightHour
        case .so2_24h, .no2_24h, .co_24h, .pm10_24h, .pm2_5_24h: .day
        }
    }

    /// The column heading of HJ 633—2026 Tables 4 and 5 for this indicator in a daily report.
    public var chineseColumnName: String {
        switch self {
        case .o3_8h: "O3 日最大8小时平均"
        case .o3_1h: "O3 日最大1小时平均"
        default:
            switch period {
            case .day: "\(pollutant.label) 日平均"
            case .oneHour: "\(pollutant.label) 1小时平均"
            case .eightHour: "\(pollutant.label) 8小时平均"
            }
        }
    }
}
