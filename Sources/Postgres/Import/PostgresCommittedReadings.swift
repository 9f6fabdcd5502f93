import AQI
import Store

/// The committed readings of a PostgreSQL store, read on a connection of their own (the import's
/// quality checks, on the thread that decodes): another connection never sees the import's
/// uncommitted rows, as SQLite's pool readers do not.
struct PostgresCommittedReadings: CommittedReadings {
    let url: DatabaseURL
    /// The password variable only.
    let environment: [String: String]

    func currentReadings(stations: [StationCode], hours: ClosedRange<HourStamp>) throws -> [Reading] {
        try Self.currentReadings(
            stations: stations, hours: hours, on: try PostgresConnection(url: url, environment: environment))
    }

    /// The value in force for each key of `stations` over `hours`, by station code, hour and
    /// pollutant, as `Store.currentReadings` gives them.
    static func currentReadings(
        stations: [StationCode], hours: ClosedRange<HourStamp>, on connection: PostgresConnection
    ) throws -> [Reading] {
        let result = try connection.execute(
            """
            SELECT s.code, h.hour, \(PostgresStations.readingColumns)
            FROM station_hour AS h JOIN station AS s ON s.id = h.station_id
            WHERE s.code = ANY ($1::text[]) AND h.hour BETWEEN $2 AND $3
            ORDER BY s.code COLLATE "C", h.hour
            """,
            [
                "{" + stations.map(\.rawValue).joined(separator: ",") + "}", String(hours.lowerBound.rawValue),
                String(hours.upperBound.rawValue),
            ])
        var readings: [Reading] = []
        for n in 0..<result.count {
            guard let code = result.string(n, 0).flatMap(StationCode.init) else {
                throw StoreError.unreadableValue(table: "station", column: "code", value: result.string(n, 0) ?? "NULL")
            }
            var row = StationHourRow(station: 0, hour: result.int64(n, 1)!, revision: 0, batch: 0)
            for lane in 0..<6 {
                row.set(lane, value: result.int64(n, 2 + 2 * lane), flag: result.int64(n, 3 + 2 * lane))
            }
            readings += try CurrentStationHour(station: code, row).readings
        }
        return readings
    }
}
