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
    package init(_ rows: [StationHourRow]) {
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

extension PollutantHistory {
    /// Hands `body` the per-pollutant revisions of one station-hour (`rows`, in revision order)
    /// as stored readings: every revision (`.all`) or the one in force (`.current`), by
    /// pollutant and revision, each with the source and fetch time of its import batch.
    package static func storedReadings(
        station: StationCode, rows: [StationHourRow], revisions: RevisionSelection,
        batch: (Int64) throws -> (source: String, fetchedAt: Instant), _ body: (StoredReading) throws -> Void
    ) throws {
        guard !rows.isEmpty else { return }
        let history = PollutantHistory(rows)
        let decoded = try rows.map { row throws(StoreError) in try CurrentStationHour(station: station, row) }
        for (n, event) in history.events.enumerated() {
            let isCurrent = n + 1 == history.events.count || history.events[n + 1].pollutant != event.pollutant
            if revisions == .current && !isCurrent { continue }
            let stored = try batch(event.batch)
            try body(
                StoredReading(
                    reading: decoded[event.row].reading(at: event.pollutant), revision: event.revision,
                    source: stored.source, fetchedAt: stored.fetchedAt, isCurrent: isCurrent))
        }
    }
}
