import AQI

/// The per-pollutant revisions of one station-hour, derived from its whole-row revisions.
///
/// The store keeps one row per station-hour revision; the program's readers (the
/// `--revisions all` export, a republish's diff) see one revision per pollutant, numbered 1, 2, …
/// per (station, hour, pollutant) as they always were: a pollutant's revision is counted each time
/// its value or flag differs from the station-hour revision before (its first appearance is 1),
/// and it carries the import batch of the row where that happened.
package struct PollutantHistory {
    struct Event {
        var pollutant: Int
        var revision: Int
        var batch: Int64
        var row: Int
    }

    /// Events by pollutant, then revision; `row` indexes the station-hour revisions given.
    private(set) var events: [Event] = []

    /// - Parameter rows: one station-hour's revisions, in revision order.
    init(_ rows: [StationHourRow]) {
        var counts = SIMD8<Int32>(repeating: 0)
        var firsts: [[Event]] = Array(repeating: [], count: 6)
        for (n, row) in rows.enumerated() {
            for p in 0..<6 where row.has(p) {
                if n > 0 && row.sameReading(p, as: rows[n - 1]) { continue }
                counts[p] += 1
                firsts[p].append(Event(pollutant: p, revision: Int(counts[p]), batch: row.batch, row: n))
            }
        }
        events = firsts.flatMap { $0 }
    }
}
