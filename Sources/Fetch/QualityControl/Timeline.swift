import AQI

/// The preceding readings and a batch together, as one hour-ordered series per station and
/// pollutant, one entry per hour: a batch reading replaces a preceding one of the same hour,
/// a later batch reading an earlier one. The series lie end to end in one array, numbered by
/// station (`StationNumbering`, no hash per reading), and an entry holds only what the checks
/// read: its series names the station and pollutant.
struct Timeline {
    struct Entry {
        let hour: HourStamp
        let value: Concentration?
        var flag: ReadingFlag
        /// The reading's index in the batch, or −1 for a preceding reading.
        private let index: Int32

        init(_ reading: Reading, batchIndex: Int?) {
            hour = reading.hour
            value = reading.value
            flag = reading.flag
            index = batchIndex.map { Int32($0) } ?? -1
        }

        /// The reading's index in the batch; nil for a preceding reading.
        var batchIndex: Int? { index < 0 ? nil : Int(index) }
    }

    /// Every series, end to end: series `s` (station × 6 + pollutant) is `entries[range(ofSeries: s)]`.
    var entries: [Entry] = []
    private var starts: [Int] = [0]

    var seriesCount: Int { starts.count - 1 }
    var stationCount: Int { seriesCount / Self.pollutants }

    private static let pollutants = Pollutant.allCases.count

    init(preceding: [Reading], batch: [Reading]) {
        precondition(batch.count < Int(Int32.max), "screen at most 2,147,483,646 readings at a time")
        // Entry n is preceding[n], then batch[n − preceding.count]: later entries win.
        let total = preceding.count + batch.count
        let split = preceding.count
        let pollutants = Self.pollutants
        var stations = StationNumbering()
        var seriesOf = [Int32](repeating: 0, count: total)
        var hours = [Int](repeating: 0, count: total)
        var counts: [Int] = []
        for n in 0..<total {
            let (code, pollutant, hour) =
                n < split
                ? (preceding[n].station, preceding[n].pollutant, preceding[n].hour)
                : (batch[n - split].station, batch[n - split].pollutant, batch[n - split].hour)
            let (station, isNew) = stations.number(of: code)
            if isNew { counts.append(contentsOf: repeatElement(0, count: pollutants)) }
            let s = station * pollutants + pollutant.rawValue
            seriesOf[n] = Int32(s)
            hours[n] = hour.rawValue
            counts[s] += 1
        }
        // Bucket the entry numbers by series (a counting sort keeps them in entry order).
        var next = [Int](repeating: 0, count: counts.count)
        for s in counts.indices.dropFirst() { next[s] = next[s - 1] + counts[s - 1] }
        var bucketed = [Int32](repeating: 0, count: total)
        for n in 0..<total {
            let s = Int(seriesOf[n])
            bucketed[next[s]] = Int32(n)
            next[s] += 1
        }
        // Each series in hour order (already so for a single well-formed source; sorted only when
        // not), keeping the last entry of an hour.
        entries.reserveCapacity(total)
        starts.reserveCapacity(counts.count + 1)
        var first = 0
        for count in counts {
            let seriesStart = entries.count
            func append(_ member: Int32) {
                let n = Int(member)
                let entry =
                    n < split ? Entry(preceding[n], batchIndex: nil) : Entry(batch[n - split], batchIndex: n - split)
                if entries.count > seriesStart, entries[entries.count - 1].hour == entry.hour {
                    entries[entries.count - 1] = entry
                } else {
                    entries.append(entry)
                }
            }
            let members = bucketed[first..<(first + count)]
            first += count
            if zip(members, members.dropFirst()).allSatisfy({ hours[Int($0)] < hours[Int($1)] }) {
                for member in members { append(member) }
            } else {
                let sorted = members.sorted { a, b in
                    hours[Int(a)] != hours[Int(b)] ? hours[Int(a)] < hours[Int(b)] : a < b
                }
                for member in sorted { append(member) }
            }
            starts.append(entries.count)
        }
    }

    func range(ofSeries s: Int) -> Range<Int> { starts[s]..<starts[s + 1] }

    func series(station: Int, _ pollutant: Pollutant) -> ArraySlice<Entry> {
        entries[range(ofSeries: station * Self.pollutants + pollutant.rawValue)]
    }

    /// The pollutant of series `s`.
    static func pollutant(ofSeries s: Int) -> Pollutant { Pollutant.allCases[s % pollutants] }
}
