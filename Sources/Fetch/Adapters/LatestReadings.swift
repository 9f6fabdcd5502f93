import AQI

/// The readings of one file, one per station, pollutant and hour: a later duplicate replaces
/// the earlier one (the later row is the upstream's correction), and the caller warns.
struct LatestReadings {
    private(set) var readings: [Reading] = []
    private var positions: [Reading.Key: (index: Int, origin: Int)] = [:]

    /// Adds `reading`, found at `origin` (a line or a result number); returns the origin of the
    /// reading it replaced, if any.
    mutating func insert(_ reading: Reading, origin: Int) -> Int? {
        let key = reading.key
        if let previous = positions[key] {
            readings[previous.index] = reading
            positions[key] = (previous.index, origin)
            return previous.origin
        }
        positions[key] = (readings.count, origin)
        readings.append(reading)
        return nil
    }
}
