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

    /// Starts the next station-hour, every value missing.
    mutating func start(station: StationCode, hour: HourStamp) {
        stations.append(station)
        hours.append(hour)
        milli += repeatElement(Int32.min, count: 6)
        flags.append("")
    }

    /// Adds a reading to the station-hour started last.
    mutating func add(_ reading: Reading) {
        if let valid = reading.validValue {
            milli[milli.count - 6 + reading.pollutant.rawValue] = valid.milli
        } else {
            let last = flags.count - 1
            flags[last] += (flags[last].isEmpty ? "" : ";") + "\(reading.pollutant.label):\(reading.flag.rawValue)"
        }
    }

    func values(at i: Int) -> (Int32, Int32, Int32, Int32, Int32, Int32) {
        let m = i * 6
        return (milli[m], milli[m + 1], milli[m + 2], milli[m + 3], milli[m + 4], milli[m + 5])
    }
}

/// Scans the current readings into chunks and sends them; a failure is sent as the last item.
struct StationHourScan: Sendable {
    let store: Store
    let stations: [StationCode]?
    let hours: ClosedRange<HourStamp>

    /// The consumer stopped listening: the scan stops and its read transaction ends.
    private struct Stopped: Error {}

    func run(into handoff: Handoff<Result<StationHourChunk, any Error>>) {
        var chunk = StationHourChunk()
        var current: (StationCode, HourStamp)?
        do {
            try store.forEachCurrentReading(stations: stations, hours: hours) { r in
                if current.map({ $0.0 != r.station || $0.1 != r.hour }) ?? true {
                    if chunk.isFull {
                        guard handoff.send(.success(chunk)) else { throw Stopped() }
                        chunk = StationHourChunk()
                    }
                    chunk.start(station: r.station, hour: r.hour)
                    current = (r.station, r.hour)
                }
                chunk.add(r)
            }
            if chunk.count > 0 { _ = handoff.send(.success(chunk)) }
        } catch is Stopped {
        } catch {
            _ = handoff.send(.failure(error))
        }
    }
}
