import AQI
import Fetch
import Foundation
import GRDB
import Postgres

/// Every station-hour revision of a store, current and superseded, with its station code and its
/// import's source and fetch time, as texts: one SQL text both dialects run, so that a SQLite
/// store and a PostgreSQL one compare row by row (station ids and batch ids may differ).
enum StationHourDump {
    private static let columns =
        ["s.code", "h.hour", "h.revision", "b.source", "b.fetched_at"]
        + ["so2", "no2", "co", "o3", "pm10", "pm2_5"].flatMap { ["h.\($0)", "h.\($0)_flag"] }

    static let sql: String = {
        let select = columns.map { "CAST(\($0) AS TEXT)" }.joined(separator: ", ")
        let from = "JOIN station s ON s.id = h.station_id JOIN import_batch b ON b.id = h.batch_id"
        return """
            SELECT \(select), 'current' FROM station_hour h \(from)
            UNION ALL SELECT \(select), 'superseded' FROM station_hour_revision h \(from)
            ORDER BY 1, 2, 3
            """
    }()

    static func of(sqliteAt path: String) throws -> [[String?]] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: sql).map { row in (0..<row.count).map { row[$0] as String? } }
        }
    }

    static func of(_ connection: PostgresConnection) throws -> [[String?]] {
        // PostgreSQL sorts the hour texts as texts: sort both the same way, by the numbers.
        try connection.execute(sql).rows.sorted(by: precedes)
    }

    static func sorted(_ rows: [[String?]]) -> [[String?]] { rows.sorted(by: precedes) }

    private static func precedes(_ a: [String?], _ b: [String?]) -> Bool {
        (a[0]!, Int(a[1]!)!, Int(a[2]!)!) < (b[0]!, Int(b[1]!)!, Int(b[2]!)!)
    }
}

/// The real CNEMC station files of ../shared/data/cnemc_hourly_2025 (see StoreTests' SharedStationFiles).
enum SharedYunnanFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/cnemc_hourly_2025/yunnan_sites").standardizedFileURL

    static var available: Bool { FileManager.default.fileExists(atPath: root.path) }

    /// Wenshan's two assessment stations (stations/wenshan.toml).
    static let wenshan: Set<StationCode> = [StationCode("2610A")!, StationCode("2611A")!]

    /// The readings of `stations` in each daily file, in file order.
    static func dailyReadings(of stations: Set<StationCode>) throws -> [[Reading]] {
        try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { $0.hasPrefix("china_sites_") && $0.hasSuffix(".csv") }.sorted()
            .map { name in
                let table = try CNEMCArchiveDecoder.decode(
                    Array(try Data(contentsOf: root.appendingPathComponent(name))), file: name)
                return table.readings(file: name).readings.filter { stations.contains($0.station) }
            }
    }
}
