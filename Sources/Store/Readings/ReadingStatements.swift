import AQI
import GRDB

/// One row of `reading` (or `reading_revision`) as the importer handles it.
struct StoredRow {
    var station: Int64
    /// (hour, pollutant), packed by `StationGroups.key`.
    var key: Int64
    var value: Int64?
    var flag: Int64
    var revision: Int64
    var batch: Int64

    var hour: Int64 { key >> 3 }
    var pollutant: Int64 { key & 7 }
}

/// The importer's prepared statements over `reading` and `reading_revision`. Every statement
/// that writes a row takes its columns in the order station, hour, pollutant, revision, value,
/// flag, batch.
struct ReadingStatements {
    /// Rows per multi-row INSERT: one statement execution per 64 rows instead of per row
    /// (SQLite's per-statement overhead is most of an insert's cost).
    static let rowsPerInsert = 64

    private let select: RawStatement
    private let insertOne: RawStatement
    private let insertMany: RawStatement
    private let insertSuperseded: RawStatement
    private let updateCurrent: RawStatement

    init(_ db: Database) throws {
        let columns = "station_id, hour, pollutant, revision, value, flag, batch_id"
        let row = "(?, ?, ?, ?, ?, ?, ?)"
        select = try RawStatement(
            db,
            sql: """
                SELECT hour, pollutant, value, flag, revision, batch_id FROM reading
                WHERE station_id = ?1 AND hour BETWEEN ?2 AND ?3 ORDER BY hour, pollutant
                """)
        insertOne = try RawStatement(db, sql: "INSERT INTO reading (\(columns)) VALUES \(row)")
        // New rows are all revision 1 of one import batch (?1): five parameters a row, not seven.
        insertMany = try RawStatement(
            db,
            sql: "INSERT INTO reading (\(columns)) VALUES "
                + (0..<Self.rowsPerInsert).map { i in
                    let p = 2 + 5 * i
                    return "(?\(p), ?\(p + 1), ?\(p + 2), 1, ?\(p + 3), ?\(p + 4), ?1)"
                }.joined(separator: ", "))
        insertSuperseded = try RawStatement(db, sql: "INSERT INTO reading_revision (\(columns)) VALUES \(row)")
        updateCurrent = try RawStatement(
            db,
            sql: """
                UPDATE reading SET revision = ?4, value = ?5, flag = ?6, batch_id = ?7
                WHERE station_id = ?1 AND hour = ?2 AND pollutant = ?3
                """)
    }

    /// Appends the station's current rows over `hours` to `rows`, by hour and pollutant.
    func load(station: Int64, hours: ClosedRange<HourStamp>, into rows: inout [StoredRow]) throws {
        select.bind(station, at: 1)
        select.bind(Int64(hours.lowerBound.rawValue), at: 2)
        select.bind(Int64(hours.upperBound.rawValue), at: 3)
        try select.forEachRow { row in
            rows.append(
                StoredRow(
                    station: station, key: StationGroups.key(hour: row.int64(0), pollutant: row.int64(1)),
                    value: row.optionalInt64(2), flag: row.int64(3), revision: row.int64(4), batch: row.int64(5)))
        }
    }

    /// Stores new rows (revision 1, one import batch) in `reading`, in the order given: a full
    /// batch of `rowsPerInsert` in one statement, fewer one by one.
    func insert(_ rows: [StoredRow]) throws {
        if rows.count == Self.rowsPerInsert {
            insertMany.bind(rows[0].batch, at: 1)
            for (i, row) in rows.enumerated() {
                precondition(row.revision == 1 && row.batch == rows[0].batch, "new rows of one import batch")
                let p = Int32(2 + 5 * i)
                insertMany.bind(row.station, at: p)
                insertMany.bind(row.hour, at: p + 1)
                insertMany.bind(row.pollutant, at: p + 2)
                insertMany.bind(row.value, at: p + 3)
                insertMany.bind(row.flag, at: p + 4)
            }
            try insertMany.execute()
        } else {
            for row in rows {
                bind(row, to: insertOne, from: 1)
                try insertOne.execute()
            }
        }
    }

    /// Keeps `old` in `reading_revision`, then makes `new` the current revision.
    func supersede(_ old: StoredRow, by new: StoredRow) throws {
        bind(old, to: insertSuperseded, from: 1)
        try insertSuperseded.execute()
        bind(new, to: updateCurrent, from: 1)
        try updateCurrent.execute()
    }

    private func bind(_ row: StoredRow, to statement: RawStatement, from first: Int32) {
        statement.bind(row.station, at: first)
        statement.bind(row.hour, at: first + 1)
        statement.bind(row.pollutant, at: first + 2)
        statement.bind(row.revision, at: first + 3)
        statement.bind(row.value, at: first + 4)
        statement.bind(row.flag, at: first + 5)
        statement.bind(row.batch, at: first + 6)
    }
}
