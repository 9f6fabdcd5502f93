import AQI
import GRDB
import Identity

/// What registering the national station list did.
public struct StationRegistration: Sendable, Hashable, CustomStringConvertible {
    public var added: Int
    public var updated: Int
    /// Configured stations the list also names: the configuration is kept.
    public var keptConfigured: Int

    public init(added: Int, updated: Int, keptConfigured: Int) {
        self.added = added
        self.updated = updated
        self.keptConfigured = keptConfigured
    }

    public var description: String {
        "added \(added), updated \(updated), kept as configured \(keptConfigured)"
    }
}

extension Store {
    /// Stores the stations of `stations/*.toml`: each is inserted, or replaced whole (name,
    /// coordinates, role, active). The call describes every area it names completely: those
    /// areas' memberships become exactly the ones given. A code listed twice (a station in two
    /// area files) has the union of its area codes.
    public func upsertConfiguredStations(_ stations: [StationRecord]) throws(StoreError) {
        try StoreError.wrapping {
            try writer.write { db in
                let areas = Set(stations.flatMap(\.areaCodes))
                try StationAreaRecord.filter(areas.contains(StationAreaRecord.Columns.areaCode)).deleteAll(db)
                for station in stations {
                    let id = try upsert(station, origin: .configuration, in: db)
                    for area in station.areaCodes {
                        try StationAreaRecord(stationID: id, areaCode: area).insert(db, onConflict: .ignore)
                    }
                }
            }
        }
    }

    /// Registers the stations of the national list (`import --station-list`): unknown codes
    /// are added, stations known from an earlier list or only from readings are refreshed, and
    /// a configured station keeps its configuration. Area codes are not taken from a list.
    @discardableResult
    public func registerListedStations(_ stations: [StationRecord]) throws(StoreError) -> StationRegistration {
        try StoreError.wrapping {
            try writer.write { db in
                var result = StationRegistration(added: 0, updated: 0, keptConfigured: 0)
                var origins = try Dictionary(
                    uniqueKeysWithValues: StationRecord.fetchAll(db, sql: "SELECT * FROM station").map {
                        ($0.code, $0.origin)
                    })
                for station in stations {
                    switch origins[station.code] {
                    case .configuration:
                        result.keptConfigured += 1
                        continue
                    case nil: result.added += 1
                    case .nationalList, .readings: result.updated += 1
                    }
                    try upsert(station, origin: .nationalList, in: db)
                    origins[station.code] = .nationalList
                }
                return result
            }
        }
    }

    /// Every station the store knows, by code, with its area codes.
    public func stations() throws(StoreError) -> [StationRecord] {
        try fetchStations(sql: "SELECT * FROM station ORDER BY code", arguments: [])
    }

    /// The stations of one area, by code.
    public func stations(inArea areaCode: AreaCode) throws(StoreError) -> [StationRecord] {
        try fetchStations(
            sql: """
                SELECT * FROM station WHERE id IN (SELECT station_id FROM station_area WHERE area_code = ?)
                ORDER BY code
                """,
            arguments: [areaCode])
    }

    public func station(_ code: StationCode) throws(StoreError) -> StationRecord? {
        try fetchStations(sql: "SELECT * FROM station WHERE code = ?", arguments: [code.rawValue]).first
    }

    private func fetchStations(sql: String, arguments: StatementArguments) throws(StoreError) -> [StationRecord] {
        try StoreError.wrapping {
            try writer.read { db in
                let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
                var areas: [Int64: [AreaCode]] = [:]
                for membership in try StationAreaRecord.order(StationAreaRecord.Columns.areaCode).fetchAll(db) {
                    areas[membership.stationID, default: []].append(membership.areaCode)
                }
                return try rows.map { row in
                    var station = try StationRecord(row: row)
                    station.areaCodes = areas[row[StationRecord.Columns.id]] ?? []
                    return station
                }
            }
        }
    }

    @discardableResult
    private func upsert(_ station: StationRecord, origin: StationOrigin, in db: Database) throws -> Int64 {
        // Prepared once per connection: a national list upserts 2,026 stations, and parsing the
        // statement each time cost more than the rest of a day's import.
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO station (code, name, city, latitude, longitude, role, active, origin)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET
                    name = excluded.name, city = coalesce(excluded.city, city), latitude = excluded.latitude,
                    longitude = excluded.longitude, role = excluded.role, active = excluded.active,
                    origin = excluded.origin
                RETURNING id
                """)
        return try Int64.fetchOne(
            statement,
            arguments: [
                station.code.rawValue, station.name, station.city, station.latitude, station.longitude,
                station.role?.rawValue, station.active, origin.rawValue,
            ])!
    }

    // MARK: - Station ids for the reading tables

    /// Every station's small integer id, by code.
    static func stationIDs(in db: Database) throws -> [StationCode: Int64] {
        var ids: [StationCode: Int64] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT id, code FROM station")
        while let row = try rows.next() {
            let code = try StoreError.readBack(row[1] as String, table: "station", column: "code") { StationCode($0) }
            ids[code] = row[0]
        }
        return ids
    }

    /// The ids of `codes` that are stored, by code. A few are looked up one by one (the
    /// receiver's transactions hold a few stations each, and reading the whole table for them
    /// was a fifth of its writer's time); more than `pointLookups` read the table once.
    static func stationIDs(of codes: some Collection<StationCode>, in db: Database) throws -> [StationCode: Int64] {
        guard codes.count <= pointLookups else {
            let wanted = Set(codes)
            return try stationIDs(in: db).filter { wanted.contains($0.key) }
        }
        let statement = try db.cachedStatement(sql: "SELECT id FROM station WHERE code = ?")
        var ids: [StationCode: Int64] = [:]
        for code in codes {
            if let id = try Int64.fetchOne(statement, arguments: [code.rawValue]) { ids[code] = id }
        }
        return ids
    }

    /// Up to this many codes, `stationIDs(of:in:)` looks each up by the table's unique index.
    static let pointLookups = 64

    /// Registers a code first seen in readings, so that its readings can be stored.
    static func registerStationSeenInReadings(_ code: StationCode, in db: Database) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO station (code, origin) VALUES (?, ?)",
            arguments: [code.rawValue, StationOrigin.readings.rawValue])
        return db.lastInsertedRowID
    }
}
