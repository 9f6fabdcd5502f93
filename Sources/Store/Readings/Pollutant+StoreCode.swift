import AQI

extension Pollutant {
    /// The code in the `reading.pollutant` column, as the `pollutant` table lists it. Fixed by
    /// the 2026-11-28-2-readings migration: never reuse or renumber one.
    var storeCode: Int64 {
        switch self {
        case .so2: 0
        case .no2: 1
        case .co: 2
        case .o3: 3
        case .pm10: 4
        case .pm2_5: 5
        }
    }

    init?(storeCode: Int64) {
        switch storeCode {
        case 0: self = .so2
        case 1: self = .no2
        case 2: self = .co
        case 3: self = .o3
        case 4: self = .pm10
        case 5: self = .pm2_5
        default: return nil
        }
    }
}
