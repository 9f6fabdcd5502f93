import AQI
import Foundation
import Identity
import Store

/// What `airbulletin export` reads from a PostgreSQL store (the seam `ReadingsExportSource`),
/// in the SQLite store's order with its values, so that both exports are the same bytes. The
/// station-hours stream through binary `COPY … TO STDOUT`, one station at a time in code order,
/// each station's hours by the primary key (station_id, hour), inside one REPEATABLE READ
/// transaction: one snapshot, memory flat whatever the range.
///
/// One connection, which is not for sharing between threads: every call holds `lock` while it
/// uses it (the export's scan runs on a thread of its own, the other calls on the caller's).
public final class PostgresExportSource: ReadingsExportSource, @unchecked Sendable {
    // Guarded by `lock`.
    private let connection: PostgresConnection
    private let lock = NSLock()

    /// Connects to `url` (the password from `AIRBULLETIN_DATABASE_PASSWORD` in `environment`)
    /// and brings the schema up to date, as every command on the server does.
    public init(url: DatabaseURL, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        connection = try PostgresConnection(url: url, environment: environment)
        try PostgresSchema.migrate(connection)
    }

    /// Runs `body` with the connection, which no other thread uses meanwhile.
    private func using<T>(_ body: (PostgresConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(connection)
    }

    public func stationCodes() throws -> [StationCode] {
        try using { connection in try Self.stationIDs(nil, connection).map(\.0) }
    }

    public func forEachCurrentStationHour(
        stations: [StationCode]?, hours: ClosedRange<HourStamp>, _ body: (CurrentStationHour) throws -> Void
    ) throws {
        try withSnapshot { connection in
            for (code, id) in try Self.stationIDs(stations, connection) {
                try connection.copyOut(
                    """
                    COPY (SELECT hour, \(PostgresStations.readingColumns) FROM station_hour
                        WHERE station_id = \(id) AND hour BETWEEN \(hours.lowerBound.rawValue) AND \(hours.upperBound.rawValue)
                        ORDER BY hour) TO STDOUT (FORMAT binary)
                    """
                ) { r in
                    var row = StationHourRow(station: id, hour: r.integer(0) ?? 0, revision: 0, batch: 0)
                    for lane in 0..<6 { row.set(lane, value: r.integer(1 + 2 * lane), flag: r.integer(2 + 2 * lane)) }
                    try body(try CurrentStationHour(station: code, row))
                }
            }
        }
    }

    public func forEachReading(
        stations: [StationCode]?, hours: ClosedRange<HourStamp>, revisions: RevisionSelection,
        _ body: (StoredReading) throws -> Void
    ) throws {
        try withSnapshot { connection in
            var batches: [Int64: (source: String, fetchedAt: Instant)] = [:]
            let result = try connection.execute("SELECT id, source, fetched_at FROM import_batch")
            for n in 0..<result.count {
                let fetchedAt = Instant(unixSeconds: Int(result.int64(n, 2) ?? 0))
                batches[result.int64(n, 0) ?? 0] = (result.string(n, 1) ?? "", fetchedAt)
            }
            let range = "hour BETWEEN \(hours.lowerBound.rawValue) AND \(hours.upperBound.rawValue)"
            let columns = "hour, revision, batch_id, \(PostgresStations.readingColumns)"
            for (code, id) in try Self.stationIDs(stations, connection) {
                var rows: [StationHourRow] = []
                func emit() throws {
                    guard !rows.isEmpty else { return }
                    try PollutantHistory.forEachStoredReading(
                        station: code, rows: rows, batches: batches, revisions: revisions, body)
                    rows.removeAll(keepingCapacity: true)
                }
                // Each station-hour's revisions, superseded ones first (as the SQLite scan's UNION).
                try connection.copyOut(
                    """
                    COPY (SELECT \(columns) FROM station_hour WHERE station_id = \(id) AND \(range)
                        UNION ALL SELECT \(columns) FROM station_hour_revision WHERE station_id = \(id) AND \(range)
                        ORDER BY 1, 2) TO STDOUT (FORMAT binary)
                    """
                ) { r in
                    var row = StationHourRow(
                        station: id, hour: r.integer(0) ?? 0, revision: r.integer(1) ?? 0, batch: r.integer(2) ?? 0)
                    for lane in 0..<6 { row.set(lane, value: r.integer(3 + 2 * lane), flag: r.integer(4 + 2 * lane)) }
                    if let last = rows.last, last.hour != row.hour { try emit() }
                    rows.append(row)
                }
                try emit()
            }
        }
    }

    public func currentReadings(stations: [StationCode], hours: ClosedRange<HourStamp>) throws -> [Reading] {
        try using { connection in
            try PostgresCommittedReadings.currentReadings(stations: stations, hours: hours, on: connection)
        }
    }

    public func latestBulletinDocuments(area: AreaCode, from: LocalDate, to: LocalDate) throws -> [String] {
        guard from <= to else { return [] }
        return try using { connection in
            let result = try connection.execute(
                """
                SELECT document FROM bulletin
                WHERE area_code = $1 AND date BETWEEN $2 AND $3
                    AND NOT EXISTS (SELECT 1 FROM bulletin AS later WHERE later.area_code = bulletin.area_code
                        AND later.date = bulletin.date AND later.revision > bulletin.revision)
                ORDER BY date COLLATE "C", revision
                """, [area.rawValue, from.description, to.description])
            return (0..<result.count).compactMap { result.string($0, 0) }
        }
    }

    // MARK: - Reading

    /// Runs `body` in one read-only REPEATABLE READ transaction: every statement of it sees the
    /// same snapshot, as the SQLite store's read transaction does.
    private func withSnapshot(_ body: (PostgresConnection) throws -> Void) throws {
        try using { connection in
            try connection.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            do {
                try body(connection)
            } catch {
                _ = try? connection.execute("ROLLBACK")
                throw error
            }
            try connection.execute("COMMIT")
        }
    }

    /// The wanted stations' ids, by code (in byte order, as `StationCode`'s), every station for nil.
    private static func stationIDs(_ stations: [StationCode]?, _ connection: PostgresConnection) throws
        -> [(StationCode, Int64)]
    {
        let wanted = stations.map(Set.init)
        return try PostgresStations.ids(connection).filter { wanted?.contains($0.key) ?? true }
            .sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
