import AQI
import Store

/// The PostgreSQL store behind the import's store seam (issue 14), with the SQLite store's rules.
extension PostgresStore: ReadingsImportTarget {
    public func stationCodes() throws -> [StationCode] {
        try PostgresStations.ids(connection).keys.sorted()
    }

    /// As `Store.registerListedStations`: unknown codes are added, stations known from an earlier
    /// list or only from readings are refreshed, a configured station keeps its configuration.
    public func registerListedStations(_ stations: [StationRecord]) throws -> StationRegistration {
        try connection.transaction {
            var origins: [String: String] = [:]
            let stored = try connection.execute("SELECT code, origin FROM station")
            for n in 0..<stored.count { origins[stored.string(n, 0)!] = stored.string(n, 1)! }
            var result = StationRegistration(added: 0, updated: 0, keptConfigured: 0)
            for station in stations {
                switch origins[station.code.rawValue] {
                case StationOrigin.configuration.rawValue:
                    result.keptConfigured += 1
                    continue
                case nil: result.added += 1
                default: result.updated += 1
                }
                try connection.execute(
                    """
                    INSERT INTO station (code, name, city, latitude, longitude, role, active, origin)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, 'list')
                    ON CONFLICT (code) DO UPDATE SET
                        name = excluded.name, city = coalesce(excluded.city, station.city),
                        latitude = excluded.latitude, longitude = excluded.longitude, role = excluded.role,
                        active = excluded.active, origin = excluded.origin
                    """,
                    [
                        station.code.rawValue, station.name, station.city, station.latitude.map { "\($0)" },
                        station.longitude.map { "\($0)" }, station.role?.rawValue, station.active ? "1" : "0",
                    ])
                origins[station.code.rawValue] = StationOrigin.nationalList.rawValue
            }
            return result
        }
    }

    @discardableResult
    public func appendFetchLog(_ entry: FetchLogEntry) throws -> FetchLogEntry {
        try PostgresFetchLog.append(entry, connection)
    }

    public func committedReadings() -> any CommittedReadings {
        PostgresCommittedReadings(url: connection.url, environment: environment)
    }

    public func withImportSession<T>(
        checkpoint: ImportCheckpoint?, _ body: (any ReadingsImportSession) throws -> T
    ) throws -> T {
        try importSession(checkpoint: checkpoint) { session in try body(session) }
    }
}

extension PostgresImportSession: ReadingsImportSession {}
