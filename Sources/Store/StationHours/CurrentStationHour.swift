import AQI

/// The readings in force for one station-hour, as one row of the store holds them.
public struct CurrentStationHour: Sendable {
    public let station: StationCode
    public let hour: HourStamp
    /// Thousandths of the unit by `Pollutant.rawValue`; `Int32.min` where there is no value.
    public let milli: SIMD8<Int32>
    /// `ReadingFlag.storeCode` by `Pollutant.rawValue`, each checked at init; -1 for no reading.
    private let flagCodes: SIMD8<Int8>

    /// The flags by store code (`ReadingFlag+StoreCode.swift`).
    private static let flagsByCode: [ReadingFlag] = ReadingFlag.allCases.sorted { $0.storeCode < $1.storeCode }

    package init(station: StationCode, _ row: StationHourRow) throws(StoreError) {
        self.station = station
        hour = HourStamp(rawValue: Int(row.hour))
        var milli = SIMD8<Int32>(repeating: Int32.min)
        var codes = SIMD8<Int8>(repeating: -1)
        for pollutant in Pollutant.allCases {
            let lane = Int(pollutant.storeCode)
            guard row.has(lane) else { continue }
            let code = row.flags[lane]
            guard code >= 0, Int(code) < Self.flagsByCode.count else {
                throw .unreadableValue(
                    table: "station_hour", column: StationHourColumns.lanes[lane] + "_flag", value: "\(code)")
            }
            milli[pollutant.rawValue] = row.values[lane]
            codes[pollutant.rawValue] = code
        }
        self.milli = milli
        flagCodes = codes
    }

    /// The flag of `pollutant`'s reading, or nil when there is none.
    public func flag(_ pollutant: Pollutant) -> ReadingFlag? {
        let code = flagCodes[pollutant.rawValue]
        return code < 0 ? nil : Self.flagsByCode[Int(code)]
    }

    /// The readings the station-hour holds, in pollutant order.
    public var readings: [Reading] { Pollutant.allCases.compactMap(reading) }

    /// The reading of lane `lane` (`Pollutant.storeCode`), which `PollutantHistory` found present.
    func reading(at lane: Int) -> Reading {
        reading(Pollutant(storeCode: Int64(lane))!)!
    }

    /// The reading of `pollutant`, or nil when the station-hour holds none.
    public func reading(_ pollutant: Pollutant) -> Reading? {
        guard let flag = flag(pollutant) else { return nil }
        let m = milli[pollutant.rawValue]
        return Reading(
            station: station, pollutant: pollutant, hour: hour, value: m == Int32.min ? nil : Concentration(milli: m),
            flag: flag)
    }
}
