import AQI
import Store

/// The station codes and ids the importer needs (Store: Store+Stations.swift).
enum PostgresStations {
    /// `so2, so2_flag, …, pm2_5, pm2_5_flag`: lane `p` at 2p and 2p + 1.
    static let readingColumns =
        ["so2", "no2", "co", "o3", "pm10", "pm2_5"].map { "\($0), \($0)_flag" }.joined(separator: ", ")

    static func ids(_ connection: PostgresConnection) throws -> [StationCode: Int64] {
        let result = try connection.execute("SELECT id, code FROM station")
        var ids: [StationCode: Int64] = [:]
        for n in 0..<result.count {
            guard let code = result.string(n, 1).flatMap(StationCode.init) else {
                throw StoreError.unreadableValue(table: "station", column: "code", value: result.string(n, 1) ?? "NULL")
            }
            ids[code] = result.int64(n, 0)!
        }
        return ids
    }

    /// Registers codes first seen in readings, in the order given (their ids in that order).
    static func registerSeenInReadings(_ codes: [StationCode], _ connection: PostgresConnection) throws
        -> [StationCode: Int64]
    {
        var ids: [StationCode: Int64] = [:]
        for code in codes {
            let result = try connection.execute(
                "INSERT INTO station (code, origin) VALUES ($1, 'readings') RETURNING id", [code.rawValue])
            ids[code] = result.int64(0, 0)!
        }
        return ids
    }
}
