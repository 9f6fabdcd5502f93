import AQI
import GRDB

/// Reads stored readings station by station (in code order), each station's rows by hour,
/// pollutant and revision, one prepared range query per station: memory stays constant
/// whatever the range.
struct ReadingScan {
    let db: Database
    let revisions: RevisionSelection

    func run(
        stations: [StationCode]?, hours: ClosedRange<HourStamp>, _ body: (StoredReading) throws -> Void
    ) throws {
        let wanted = stations.map(Set.init)
        var batches: [Int64: (source: String, fetchedAt: Int)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, source, fetched_at FROM import_batch") {
            batches[row[0]] = (row[1], row[2])
        }
        let statement = try RawStatement(db, sql: revisions == .current ? Self.currentSQL : Self.allSQL)
        let ids = try Store.stationIDs(in: db).filter { wanted?.contains($0.key) ?? true }
        for (code, id) in ids.sorted(by: { $0.key < $1.key }) {
            statement.bind(id, at: 1)
            statement.bind(Int64(hours.lowerBound.rawValue), at: 2)
            statement.bind(Int64(hours.upperBound.rawValue), at: 3)
            var last: (id: Int64, batch: (source: String, fetchedAt: Int))?
            try statement.forEachRow { row in
                // A station's rows mostly come from one import batch: look it up once per run.
                let id = row.int64(5)
                let batch: (source: String, fetchedAt: Int)
                if let last, last.id == id {
                    batch = last.batch
                } else {
                    batch = try StoreError.readBack(id, table: "reading", column: "batch_id") { batches[$0] }
                    last = (id, batch)
                }
                let reading = try Self.reading(of: code, row)
                try body(
                    StoredReading(
                        reading: reading, revision: Int(row.int64(4)), source: batch.source, fetchedAt: batch.fetchedAt,
                        isCurrent: row.int64(6) == 1))
            }
        }
    }

    /// The current readings alone, without their revision and import batch: four columns a row
    /// instead of seven (the national export's path).
    func runValues(
        stations: [StationCode]?, hours: ClosedRange<HourStamp>, _ body: (Reading) throws -> Void
    ) throws {
        let wanted = stations.map(Set.init)
        let statement = try RawStatement(db, sql: Self.valuesSQL)
        let ids = try Store.stationIDs(in: db).filter { wanted?.contains($0.key) ?? true }
        for (code, id) in ids.sorted(by: { $0.key < $1.key }) {
            statement.bind(id, at: 1)
            statement.bind(Int64(hours.lowerBound.rawValue), at: 2)
            statement.bind(Int64(hours.upperBound.rawValue), at: 3)
            try statement.forEachRow { row in try body(try Self.reading(of: code, row)) }
        }
    }

    /// A reading from the first four columns: hour, pollutant, value, flag.
    private static func reading(of code: StationCode, _ row: RawRow) throws(StoreError) -> Reading {
        Reading(
            station: code,
            pollutant: try StoreError.readBack(row.int64(1), table: "reading", column: "pollutant") {
                Pollutant(storeCode: $0)
            },
            hour: HourStamp(rawValue: Int(row.int64(0))),
            value: try row.optionalInt64(2).map { milli throws(StoreError) in
                try StoreError.readBack(milli, table: "reading", column: "value") {
                    Int32(exactly: $0).map(Concentration.init(milli:))
                }
            },
            flag: try StoreError.readBack(row.int64(3), table: "reading", column: "flag") {
                ReadingFlag(storeCode: $0)
            })
    }

    private static let valuesSQL = """
        SELECT hour, pollutant, value, flag FROM reading
        WHERE station_id = ?1 AND hour BETWEEN ?2 AND ?3
        ORDER BY hour, pollutant
        """

    private static let currentSQL = """
        SELECT hour, pollutant, value, flag, revision, batch_id, 1 FROM reading
        WHERE station_id = ?1 AND hour BETWEEN ?2 AND ?3
        ORDER BY hour, pollutant
        """

    private static let allSQL = """
        SELECT hour, pollutant, value, flag, revision, batch_id, 1 FROM reading
        WHERE station_id = ?1 AND hour BETWEEN ?2 AND ?3
        UNION ALL
        SELECT hour, pollutant, value, flag, revision, batch_id, 0 FROM reading_revision
        WHERE station_id = ?1 AND hour BETWEEN ?2 AND ?3
        ORDER BY 1, 2, 5
        """
}
