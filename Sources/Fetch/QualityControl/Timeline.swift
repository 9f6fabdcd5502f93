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
        // Entry n is preceding[n], then batch[n − preceding.count]: later entries win.
        let total = preceding.count + batch.count
        func reading(_ n: Int) -> Reading { n < preceding.count ? preceding[n] : batch[n - preceding.count] }
        var stations: [StationCode: Int] = [:]
        var seriesOf = [Int](repeating: 0, count: total)
        var counts: [Int] = []
        for n in 0..<total {
            let r = reading(n)
            let station: Int
            if let known = stations[r.station] {
                station = known
            } else {
                station = stations.count
                stations[r.station] = station
                counts.append(contentsOf: repeatElement(0, count: Self.pollutants))
            }
            let s = station * Self.pollutants + r.pollutant.rawValue
            seriesOf[n] = s
            counts[s] += 1
        }
        // Bucket the entries by series (a counting sort keeps them in entry order), then
        // order each series by hour.
        var starts = [Int](repeating: 0, count: counts.count + 1)
        for s in counts.indices { starts[s + 1] = starts[s] + counts[s] }
        var next = starts
        var bucketed = [Int](repeating: 0, count: total)
        for n in 0..<total {
            bucketed[next[seriesOf[n]]] = n
            next[seriesOf[n]] += 1
        }
        series = counts.indices.map { s in
            Self.hourOrdered(bucketed[starts[s]..<starts[s + 1]], reading, batchOffset: preceding.count)
        }
    }

    /// Sorted by hour; of entries for the same hour, the last (the highest entry number) is kept.
    private static func hourOrdered(
        _ entries: ArraySlice<Int>, _ reading: (Int) -> Reading, batchOffset: Int
    ) -> [Entry] {
        var sorted = entries.map { (hour: reading($0).hour, n: $0) }
        // Already in hour order for a single well-formed source; sort only when not.
        if !zip(sorted, sorted.dropFirst()).allSatisfy({ $0.hour < $1.hour }) {
            sorted.sort { $0.hour != $1.hour ? $0.hour < $1.hour : $0.n < $1.n }
        }
        var out: [Entry] = []
        out.reserveCapacity(sorted.count)
        for (hour, n) in sorted {
            if let last = out.last, last.reading.hour == hour { out.removeLast() }
            out.append(Entry(reading: reading(n), batchIndex: n < batchOffset ? nil : n - batchOffset))
        }
        return out
    }

    func series(station: Int, _ pollutant: Pollutant) -> [Entry] {
        series[station * Self.pollutants + pollutant.rawValue]
    }
}
