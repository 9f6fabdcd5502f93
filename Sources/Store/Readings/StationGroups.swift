import AQI

/// An import's readings grouped by station (a stable counting sort over `StationNumbering`'s
/// numbers), each group sorted by key without moving the readings themselves.
package struct StationGroups: Sendable {
    /// The stations, in the order they first appear.
    package var codes: [StationCode] { numbering.codes }
    private var numbering = StationNumbering()
    /// Each reading's (hour, pollutant) packed in one integer, in key order.
    package private(set) var keys: [Int64]
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
        var groupOf = [Int32](repeating: 0, count: readings.count)
        var sizes: [Int] = []
        keys = [Int64](repeating: 0, count: readings.count)
        let accepted = Self.hours
        for (i, reading) in readings.enumerated() {
            guard accepted.contains(reading.hour) else {
                throw .hourOutOfRange(
                    station: reading.station, pollutant: reading.pollutant, hour: reading.hour.rawValue)
            }
            keys[i] = Self.key(hour: Int64(reading.hour.rawValue), pollutant: reading.pollutant.storeCode)
            let (group, isNew) = numbering.number(of: reading.station)
            if isNew { sizes.append(0) }
            sizes[group] += 1
            groupOf[i] = Int32(group)
        }
        for size in sizes { starts.append(starts.last! + size) }
        var fill = starts
        members = [Int32](repeating: 0, count: readings.count)
        for i in readings.indices {
            let group = Int(groupOf[i])
            members[fill[group]] = Int32(i)
            fill[group] += 1
        }
        for group in codes.indices { sortGroup(group) }
    }

    /// Sorts the group's reading indices by key, then input order, when they are not already (an
    /// archive file lists each hour's pollutants in its own order).
    private mutating func sortGroup(_ group: Int) {
        let range = starts[group]..<starts[group + 1]
        let keys = self.keys
        let precedes = { (a: Int32, b: Int32) -> Bool in
            let x = keys[Int(a)]
            let y = keys[Int(b)]
            return x < y || (x == y && a < b)
        }
        // Checked through a buffer pointer: a slice held over the sort would copy `members`.
        let inOrder = members.withUnsafeBufferPointer { all in
            let slice = all[range]
            return zip(slice, slice.dropFirst()).allSatisfy(precedes)
        }
        if !inOrder { members[range].sort(by: precedes) }
    }

    /// The group's reading indices by key, then input order.
    package func sortedMembers(of group: Int) -> ArraySlice<Int32> {
        members[starts[group]..<starts[group + 1]]
    }
}

/// Readings ready to be stored: grouped by station and sorted by key. The grouping needs no
/// database, so an import does it on the thread that decodes, ahead of the write.
public struct GroupedReadings: Sendable {
    package let readings: [Reading]
    package let groups: StationGroups

    /// - Throws: `StoreError.hourOutOfRange` for a reading outside the years 1–9999.
    public init(_ readings: [Reading]) throws(StoreError) {
        self.readings = readings
        groups = try StationGroups(readings)
    }

    public var count: Int { readings.count }
    /// The stations with readings, in the order they first appear.
    public var stations: [StationCode] { groups.codes }
}
