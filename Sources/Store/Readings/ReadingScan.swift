import AQI
import GRDB

/// Reads stored readings station by station (in code order), each station's station-hours by
/// hour, one prepared range query per station: memory stays constant whatever the range.
struct ReadingScan {
    let db: Database

    /// Every revision of each reading (`.all`), or the one in force (`.current`), by hour,
    /// pollutant and revision, each with its per-pollutant revision number and import batch
    /// (`PollutantHistory`).
    func run(
        stations: [StationCode]?, hours: ClosedRange<HourStamp>, revisions: RevisionSelection,
        _ body: (StoredReading) throws -> Void
    ) throws {
        var batches: [Int64: (source: String, fetchedAt: Instant)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, source, fetched_at FROM import_batch") {
            batches[row[0]] = (row[1], row[2])
        }
        let statement = try RawStatement(db, sql: Self.historySQL)
        var rows: [StationHourRow] = []
        for (code, id) in try stationIDs(stations) {
            func emit() throws {
                try PollutantHistory.storedReadings(
                    station: code, rows: rows, revisions: revisions,
                    batch: { id in
                        try StoreError.readBack(id, table: "station_hour", column: "batch_id") { batches[$0] }
                    }, body)
                rows.removeAll(keepingCapacity: true)
            }
            statement.bind(id, at: 1)
            statement.bind(Int64(hours.lowerBound.rawValue), at: 2)
            statement.bind(Int64(hours.upperBound.rawValue), at: 3)
            try statement.forEachRow { r in
                var row = StationHourRow(station: id, hour: r.int64(0), revision: r.int64(1), batch: r.int64(2))
                r.readings(from: 3, into: &row)
                if let last = rows.last, last.hour != row.hour { try emit() }
                rows.append(row)
            }
            try emit()
        }
    }

    /// The current station-hours alone, without their revisions (the export's and the daily
    /// report's path).
    func runCurrent(
        stations: [StationCode]?, hours: ClosedRange<HourStamp>, _ body: (CurrentStationHour) throws -> Void
    ) throws {
        let statement = try RawStatement(db, sql: Self.currentSQL)
        for (code, id) in try stationIDs(stations) {
            statement.bind(id, at: 1)
            statement.bind(Int64(hours.lowerBound.rawValue), at: 2)
            statement.bind(Int64(hours.upperBound.rawValue), at: 3)
            try statement.forEachRow { r in
                var row = StationHourRow(station: id, hour: r.int64(0), revision: 0, batch: 0)
                r.currentReadings(from: 1, into: &row)
                try body(try CurrentStationHour(station: code, row))
            }
        }
    }

    /// The wanted stations' ids, by code.
    private func stationIDs(_ stations: [StationCode]?) throws -> [(StationCode, Int64)] {
        let ids = try stations.map { try Store.stationIDs(of: Set($0), in: db) } ?? Store.stationIDs(in: db)
        return ids.sorted { $0.key < $1.key }
    }

    /// Each flag is read plus one, so that NULL (no reading) and every code come out of one
    /// `sqlite3_column_int64` call (`RawRow.currentReadings`).
    private static let currentSQL = """
        SELECT hour, \(StationHourColumns.lanes.map { "\($0), \($0)_flag + 1" }.joined(separator: ", ")) FROM station_hour
        WHERE station_id = ?1 AND hour BETWEEN ?2 AND ?3
        ORDER BY hour
        """

    /// Each station-hour's revisions, superseded ones first.
    private static let historySQL = """
        SELECT hour, revision, batch_id, \(StationHourColumns.readings) FROM station_hour
        WHERE station_id = ?1 AND hour BETWEEN ?2 AND ?3
        UNION ALL
        SELECT hour, revision, batch_id, \(StationHourColumns.readings) FROM station_hour_revision
        WHERE station_id = ?1 AND hour BETWEEN ?2 AND ?3
        ORDER BY 1, 2
        """
}
