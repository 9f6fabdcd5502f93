import AQI

/// One row of `station_hour` (or `station_hour_revision`): the six 1-h values of a station-hour
/// and their flags, as one revision. Lanes 0…5 are the pollutants in `Pollutant` order (the
/// store codes of `pollutant`, `Pollutant.storeCode`); lanes 6 and 7 are unused and stay at their "absent" values.
package struct StationHourRow: Equatable, Sendable {
    /// Thousandths of the unit (`Concentration.milli`); `noValue` for none.
    package static let noValue = Int32.min
    /// The station-hour holds no reading of the pollutant (the flag column is NULL).
    package static let absent: Int8 = -1

    package var station: Int64
    package var hour: Int64
    /// 1 for the first state of the station-hour, then 2, 3, … for each change of any value or flag.
    package var revision: Int64
    /// The import batch that stored this revision.
    package var batch: Int64
    package var values = SIMD8<Int32>(repeating: StationHourRow.noValue)
    /// `reading_flag` codes; `absent` where the pollutant was never read.
    package var flags = SIMD8<Int8>(repeating: StationHourRow.absent)

    package init(station: Int64, hour: Int64, revision: Int64, batch: Int64) {
        self.station = station
        self.hour = hour
        self.revision = revision
        self.batch = batch
    }

    /// Whether lane `p` holds the same reading as lane `p` of `other` (both absent counts as the same).
    package func sameReading(_ p: Int, as other: StationHourRow) -> Bool {
        values[p] == other.values[p] && flags[p] == other.flags[p]
    }

    package func has(_ p: Int) -> Bool { flags[p] != Self.absent }

    /// The value of lane `p` as the column holds it.
    package func value(_ p: Int) -> Int64? { values[p] == Self.noValue ? nil : Int64(values[p]) }

    /// The flag of lane `p` as the column holds it.
    package func flag(_ p: Int) -> Int64? { flags[p] == Self.absent ? nil : Int64(flags[p]) }

    package mutating func set(_ p: Int, value: Int64?, flag: Int64?) {
        values[p] = value.map { Int32(truncatingIfNeeded: $0) } ?? Self.noValue
        flags[p] = flag.map { Int8(truncatingIfNeeded: $0) } ?? Self.absent
    }
}
