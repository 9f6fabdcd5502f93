import AQI
import Store

/// The readings a publication reads from a PostgreSQL store (Store: Store+ReadingQueries.swift):
/// the values in force for a report, and every revision for a republish's diff.
extension PostgresStore {
    public func currentReadings(stations: [StationCode], hours: ClosedRange<HourStamp>) throws -> [Reading] {
        try PostgresCommittedReadings.currentReadings(stations: stations, hours: hours, on: connection)
    }

    public func readingRevisions(station: StationCode, hours: ClosedRange<HourStamp>) throws -> [StoredReading] {
        let range = [station.rawValue, String(hours.lowerBound.rawValue), String(hours.upperBound.rawValue)]
        let result = try connection.execute(
            """
            SELECT h.hour, h.revision, h.batch_id, b.source, b.fetched_at, \(PostgresStations.readingColumns)
            FROM (
                SELECT * FROM station_hour UNION ALL SELECT * FROM station_hour_revision
            ) AS h
            JOIN station AS s ON s.id = h.station_id
            LEFT JOIN import_batch AS b ON b.id = h.batch_id
            WHERE s.code = $1 AND h.hour BETWEEN $2 AND $3
            ORDER BY h.hour, h.revision
            """, range)
        var batches: [Int64: (source: String, fetchedAt: Instant)] = [:]
        var revisions: [StoredReading] = []
        var rows: [StationHourRow] = []
        func emit() throws {
            try PollutantHistory.storedReadings(
                station: station, rows: rows, revisions: .all,
                batch: { id in
                    guard let batch = batches[id] else {
                        throw StoreError.unreadableValue(table: "station_hour", column: "batch_id", value: "\(id)")
                    }
                    return batch
                }, { revisions.append($0) })
            rows.removeAll(keepingCapacity: true)
        }
        for n in 0..<result.count {
            let batch = result.int64(n, 2)!
            if let source = result.string(n, 3), let fetchedAt = result.int64(n, 4) {
                batches[batch] = (source, Instant(unixSeconds: Int(fetchedAt)))
            }
            var row = StationHourRow(station: 0, hour: result.int64(n, 0)!, revision: result.int64(n, 1)!, batch: batch)
            for lane in 0..<6 {
                row.set(lane, value: result.int64(n, 5 + 2 * lane), flag: result.int64(n, 6 + 2 * lane))
            }
            if let last = rows.last, last.hour != row.hour { try emit() }
            rows.append(row)
        }
        try emit()
        return revisions
    }
}
