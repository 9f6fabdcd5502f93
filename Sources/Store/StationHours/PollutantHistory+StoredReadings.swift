import AQI

extension PollutantHistory {
    /// The per-pollutant revisions of one station-hour as stored readings, by pollutant and
    /// revision, as `ReadingScan` gives them (the PostgreSQL export's `--revisions all`).
    ///
    /// - Parameters:
    ///   - rows: the station-hour's whole-row revisions, in revision order.
    ///   - batches: the import batches by id: where and when each revision came from.
    package static func forEachStoredReading(
        station: StationCode, rows: [StationHourRow], batches: [Int64: (source: String, fetchedAt: Instant)],
        revisions: RevisionSelection, _ body: (StoredReading) throws -> Void
    ) throws {
        let history = PollutantHistory(rows)
        let decoded = try rows.map { row throws(StoreError) in try CurrentStationHour(station: station, row) }
        for (n, event) in history.events.enumerated() {
            let isCurrent = n + 1 == history.events.count || history.events[n + 1].pollutant != event.pollutant
            if revisions == .current && !isCurrent { continue }
            let batch = try StoreError.readBack(event.batch, table: "station_hour", column: "batch_id") { batches[$0] }
            try body(
                StoredReading(
                    reading: decoded[event.row].reading(at: event.pollutant), revision: event.revision,
                    source: batch.source, fetchedAt: batch.fetchedAt, isCurrent: isCurrent))
        }
    }
}
