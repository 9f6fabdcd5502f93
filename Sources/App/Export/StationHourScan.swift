import AQI
import Formats
import Store

/// Station-hours gathered from the store's cursor (ordered by station, hour, pollutant), a chunk
/// at a time: the six valid 1-h values of each and the flags of the others. The scan runs on a
/// thread of its own while the previous chunk is evaluated and written (`StationHourExport`).
struct StationHourChunk: Sendable {
    static let capacity = 4096

    private(set) var stations: [StationCode] = []
    private(set) var hours: [HourStamp] = []
    /// Six per station-hour, in `Pollutant` order: thousandths, `Int32.min` for no valid value.
    private(set) var milli: [Int32] = []
    /// `SO2:F;PM10:M` per station-hour, empty when every value is valid.
    private(set) var flags: [String] = []

    var count: Int { hours.count }
    var isFull: Bool { count >= Self.capacity }

    init() {
        stations.reserveCapacity(Self.capacity)
        hours.reserveCapacity(Self.capacity)
        milli.reserveCapacity(Self.capacity * 6)
        flags.reserveCapacity(Self.capacity)
    }

    /// Adds a station-hour: its valid values, and the flags of the readings that are not valid
    /// (`SO2:F;PM10:M`, in pollutant order).
    mutating func append(_ hour: CurrentStationHour) {
        stations.append(hour.station)
        hours.append(hour.hour)
        var text = ""
        for pollutant in Pollutant.allCases {
            let m = hour.milli[pollutant.rawValue]
            guard let flag = hour.flag(pollutant) else {
                milli.append(Int32.min)
                continue
            }
            if flag.isValid && m != Int32.min {
                milli.append(m)
            } else {
                milli.append(Int32.min)
                text += (text.isEmpty ? "" : ";") + "\(pollutant.label):\(flag.rawValue)"
            }
        }
        flags.append(text)
    }

    func values(at i: Int) -> (Int32, Int32, Int32, Int32, Int32, Int32) {
        let m = i * 6
        return (milli[m], milli[m + 1], milli[m + 2], milli[m + 3], milli[m + 4], milli[m + 5])
    }
}

/// Scans the current readings into chunks and sends them; a failure is sent as the last item.
struct StationHourScan: Sendable {
    let source: any ReadingsExportSource
    let stations: [StationCode]?
    let hours: ClosedRange<HourStamp>

    /// The consumer stopped listening: the scan stops and its read transaction ends.
    private struct Stopped: Error {}

    func run(into handoff: Handoff<Result<StationHourChunk, any Error>>) {
        var chunk = StationHourChunk()
        do {
            try source.forEachCurrentStationHour(stations: stations, hours: hours) { hour in
                if chunk.isFull {
                    guard handoff.send(.success(chunk)) else { throw Stopped() }
                    chunk = StationHourChunk()
                }
                chunk.append(hour)
            }
            if chunk.count > 0 { _ = handoff.send(.success(chunk)) }
        } catch is Stopped {
        } catch {
            _ = handoff.send(.failure(error))
        }
    }
}
