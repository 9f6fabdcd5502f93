import AQI

/// The preceding readings and a batch together, as one hour-ordered series per station and
/// pollutant, one entry per hour: a batch reading replaces a preceding one of the same hour,
/// a later batch reading an earlier one. Arrays indexed by interned station numbers keep a
/// national day (~300,000 readings) free of per-reading hashing beyond the interning.
struct Timeline {
    struct Entry {
        var reading: Reading
        /// The reading's index in the batch; nil for a preceding reading.
        let batchIndex: Int?
    }

    /// `series[station * 6 + pollutant.rawValue]`.
    var series: [[Entry]] = []
    var stationCount: Int { series.count / Self.pollutants }

    private static let pollutants = Pollutant.allCases.count

    init(preceding: [Reading], batch: [Reading]) {
        var stations: [StationCode: Int] = [:]
        var order: [[Int]] = []
        func add(_ reading: Reading, _ batchIndex: Int?, _ sequence: Int) {
            let station: Int
            if let known = stations[reading.station] {
                station = known
            } else {
                station = stations.count
                stations[reading.station] = station
                series.append(contentsOf: repeatElement([], count: Self.pollutants))
                order.append(contentsOf: repeatElement([], count: Self.pollutants))
            }
            let s = station * Self.pollutants + reading.pollutant.rawValue
            series[s].append(Entry(reading: reading, batchIndex: batchIndex))
            order[s].append(sequence)
        }
        for (i, reading) in preceding.enumerated() { add(reading, nil, i) }
        for (i, reading) in batch.enumerated() { add(reading, i, preceding.count + i) }
        for s in series.indices { series[s] = Self.hourOrdered(series[s], order[s]) }
    }

    /// Sorted by hour; of entries for the same hour, the last added is kept.
    private static func hourOrdered(_ entries: [Entry], _ sequence: [Int]) -> [Entry] {
        let sorted = entries.indices.sorted {
            let (a, b) = (entries[$0].reading.hour, entries[$1].reading.hour)
            return a != b ? a < b : sequence[$0] < sequence[$1]
        }
        var out: [Entry] = []
        out.reserveCapacity(entries.count)
        for i in sorted {
            if let last = out.last, last.reading.hour == entries[i].reading.hour { out.removeLast() }
            out.append(entries[i])
        }
        return out
    }

    func series(station: Int, _ pollutant: Pollutant) -> [Entry] {
        series[station * Self.pollutants + pollutant.rawValue]
    }
}
