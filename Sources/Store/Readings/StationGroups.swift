import AQI

/// An import's readings grouped by station (a stable counting sort: one hash lookup per
/// reading), each group sortable by key without moving the readings themselves.
struct StationGroups {
    /// The stations, in the order they first appear.
    private(set) var codes: [StationCode] = []
    /// Each reading's (hour, pollutant) packed in one integer, in key order.
    private(set) var keys: [Int64]
    /// Group `g` is `members[starts[g]..<starts[g + 1]]`: indices into the readings.
    private var starts: [Int] = [0]
    private var members: [Int32]

    /// The hours the store accepts: the years 1–9999, whose packed keys cannot overflow.
    static let hours =
        HourStamp.firstHour(
            of: LocalDate(year: 1, month: 1, day: 1))...HourStamp(
            date: LocalDate(year: 9999, month: 12, day: 31), endingAt: 24)

    static func key(hour: Int64, pollutant: Int64) -> Int64 { hour << 3 | pollutant }

    init(_ readings: [Reading]) throws(StoreError) {
        precondition(readings.count < Int(Int32.max), "import at most 2,147,483,646 readings at a time")
        var groupIndex: [StationCode: Int32] = [:]
        var groupOf = [Int32](repeating: 0, count: readings.count)
        var sizes: [Int] = []
        keys = [Int64](repeating: 0, count: readings.count)
        for (i, reading) in readings.enumerated() {
            guard Self.hours.contains(reading.hour) else {
                throw .hourOutOfRange(
                    station: reading.station, pollutant: reading.pollutant, hour: reading.hour.rawValue)
            }
            keys[i] = Self.key(hour: Int64(reading.hour.rawValue), pollutant: reading.pollutant.storeCode)
            if let group = groupIndex[reading.station] {
                groupOf[i] = group
                sizes[Int(group)] += 1
            } else {
                let group = Int32(codes.count)
                groupIndex[reading.station] = group
                codes.append(reading.station)
                sizes.append(1)
                groupOf[i] = group
            }
        }
        for size in sizes { starts.append(starts.last! + size) }
        var fill = starts
        members = [Int32](repeating: 0, count: readings.count)
        for i in readings.indices {
            let group = Int(groupOf[i])
            members[fill[group]] = Int32(i)
            fill[group] += 1
        }
    }

    /// The group's reading indices by key, then input order. Sorted only when they are not
    /// already (an archive file lists each hour's pollutants in its own order).
    func sortedMembers(of group: Int) -> ArraySlice<Int32> {
        let slice = members[starts[group]..<starts[group + 1]]
        let precedes = { (a: Int32, b: Int32) -> Bool in
            let x = keys[Int(a)]
            let y = keys[Int(b)]
            return x < y || (x == y && a < b)
        }
        if zip(slice, slice.dropFirst()).allSatisfy(precedes) { return slice }
        return ArraySlice(slice.sorted(by: precedes))
    }
}
