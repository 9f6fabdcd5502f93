import AQI

/// The `type` column of the CNEMC / quotsoft archive files (data README, Format).
public enum CNEMCSeries: String, CaseIterable, Sendable {
    case aqi = "AQI"
    case pm2_5 = "PM2.5"
    case pm2_5_24h = "PM2.5_24h"
    case pm10 = "PM10"
    case pm10_24h = "PM10_24h"
    case so2 = "SO2"
    case so2_24h = "SO2_24h"
    case no2 = "NO2"
    case no2_24h = "NO2_24h"
    case o3 = "O3"
    case o3_24h = "O3_24h"
    /// Despite the name, the running daily maximum of the 8-h moving mean (data README).
    case o3_8h = "O3_8h"
    /// Despite the name, the current 8-h moving mean (data README).
    case o3_8h_24h = "O3_8h_24h"
    case co = "CO"
    case co_24h = "CO_24h"

    /// The pollutant when this row holds a plain 1-h mean, the value we store.
    public var hourlyPollutant: Pollutant? {
        switch self {
        case .so2: .so2
        case .no2: .no2
        case .co: .co
        case .o3: .o3
        case .pm10: .pm10
        case .pm2_5: .pm2_5
        default: nil
        }
    }
}
