import AQI

extension ReadingFlag {
    /// The code in the `reading.flag` column, as the `reading_flag` table lists it. Fixed by
    /// the 2026-11-28-2-readings migration: a new flag gets a new code in a new migration.
    var storeCode: Int64 {
        switch self {
        case .normal: 0
        case .stopped: 1
        case .maintenance: 2
        case .manual: 3
        case .fault: 4
        case .calibration: 5
        case .overRange: 6
        case .communication: 7
        case .impossible: 8
        case .sentinel: 9
        case .pm25AbovePM10: 10
        case .stuck: 11
        }
    }

    /// Indexed by store code: decoding is on the export path.
    private static let byStoreCode: [ReadingFlag] = ReadingFlag.allCases.sorted { $0.storeCode < $1.storeCode }

    init?(storeCode: Int64) {
        guard storeCode >= 0, storeCode < ReadingFlag.byStoreCode.count else { return nil }
        self = ReadingFlag.byStoreCode[Int(storeCode)]
    }
}
