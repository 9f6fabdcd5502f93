import AQI
import Formats
import Store

/// Station-hours gathered from the store's cursor (ordered by station, hour), a chunk at a time:
/// the six valid 1-h values of each and the flags of the others. The scan runs on a thread of
/// its own while the previous chunk is evaluated and written (`StationHourExport`).
struct StationHourChunk: Sendable {
    static let capacity = 4096

    /// One per run of consecutive rows of the same station (`runStarts` has where each begins):
    /// the writer renders a station's code once per run, not once per row.
    private(set) var stations: [StationCode] = []
    private(set) var runStarts: [Int] = []
    private(set) var hours: [HourStamp] = []
    /// Per station-hour, lanes in `Pollutant` order: thousandths, `Int32.min` for no valid value.
    private(set) var milli: [SIMD8<Int32>] = []
    /// Per station-hour, lanes in `Pollutant` order: the flag (an index into
    /// `CurrentStationHour.flagsByCode`) of a reading without a valid value, -1 for none.
    private(set) var listed: [SIMD8<Int8>] = []

    var count: Int { hours.count }
    var isFull: Bool { count >= Self.capacity }

    /// The flags that count as valid, as a bit per index of `CurrentStationHour.flagsByCode`.
    private static let validFlags: Int32 = CurrentStationHour.flagsByCode.enumerated().reduce(0) {
        $1.element.isValid ? $0 | 1 << $1.offset : $0
    }

    init() {
        hours.reserveCapacity(Self.capacity)
        milli.reserveCapacity(Self.capacity)
        listed.reserveCapacity(Self.capacity)
    }

    /// Adds a station-hour: its valid values, and the flags of the readings that are not valid
    /// (a reading with a valid flag but no value included), in pollutant order.
    mutating func append(_ hour: CurrentStationHour) {
        if stations.last != hour.station {
            stations.append(hour.station)
            runStarts.append(hours.count)
        }
        hours.append(hour.hour)
        let codes = hour.flagCodesByPollutant
        let valid = Self.validFlags
        var values = SIMD8<Int32>(repeating: Int32.min)
        var flags = SIMD8<Int8>(repeating: -1)
        for p in 0..<6 {
            let code = codes[p]
            guard code >= 0 else { continue }
            let m = hour.milli[p]
            if valid >> Int32(code) & 1 != 0 && m != Int32.min { values[p] = m } else { flags[p] = code }
        }
        milli.append(values)
        listed.append(flags)
    }

    /// The rows of run `run` (all of one station).
    func rows(ofRun run: Int) -> Range<Int> {
        runStarts[run]..<(run + 1 < runStarts.count ? runStarts[run + 1] : count)
    }

    func values(at i: Int) -> (Int32, Int32, Int32, Int32, Int32, Int32) {
        let m = milli[i]
        return (m[0], m[1], m[2], m[3], m[4], m[5])
    }

    /// `SO2:F;PM10:M` for row `i`, empty when every value is valid.
    func flagText(at i: Int) -> String {
        var text: [UInt8] = []
        Self.writeFlags(listed[i], to: &text)
        return String(decoding: text, as: UTF8.self)
    }

    /// `label:flag` per pollutant and flag index.
    private static let segments: [[[UInt8]]] = Pollutant.allCases.map { p in
        CurrentStationHour.flagsByCode.map { Array("\(p.label):\($0.rawValue)".utf8) }
    }

    /// Appends the flags text of `listed` (nothing when it lists none).
    static func writeFlags(_ listed: SIMD8<Int8>, to out: inout [UInt8]) {
        guard any(listed .>= 0) else { return }
        var first = true
        for p in 0..<6 where listed[p] >= 0 {
            if !first { out.append(UInt8(ascii: ";")) }
            first = false
            out += segments[p][Int(listed[p])]
        }
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
