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
    public static let flagsByCode: [ReadingFlag] = ReadingFlag.allCases.sorted { $0.storeCode < $1.storeCode }

    package init(station: StationCode, _ row: StationHourRow) throws(StoreError) {
        self.station = station
        hour = HourStamp(rawValue: Int(row.hour))
        // Lane p is `Pollutant(rawValue: p)` (`Pollutant.storeCode` is its raw value); lanes 6
        // and 7 are unused. Scalar lanes: SIMD8<Int8> masks compiled to more instructions.
        var milli = SIMD8<Int32>(repeating: Int32.min)
        var codes = SIMD8<Int8>(repeating: StationHourRow.absent)
        let known = Int8(Self.flagsByCode.count)
        for lane in 0..<6 {
            let code = row.flags[lane]
            if code == StationHourRow.absent { continue }
            guard code >= 0, code < known else {
                throw .unreadableValue(
                    table: "station_hour", column: StationHourColumns.lanes[lane] + "_flag", value: "\(code)")
            }
            milli[lane] = row.values[lane]
            codes[lane] = code
        }
        self.milli = milli
        flagCodes = codes
    }

    /// The store code of each pollutant's flag by `Pollutant.rawValue`, -1 for no reading: an index
    /// into `flagsByCode` (the export's hot path reads these instead of `flag(_:)`).
    public var flagCodesByPollutant: SIMD8<Int8> { flagCodes }

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
