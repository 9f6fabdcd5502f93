import AQI
import GRDB
import GRDBSQLite

/// The importer's prepared statements over `station_hour` and `station_hour_revision`. Every
/// statement that writes a row takes its columns in `StationHourColumns.all` order.
struct StationHourStatements {
    /// Rows per multi-row INSERT: one statement execution per 32 station-hours instead of per row
    /// (SQLite's per-statement overhead is most of an insert's cost); 32 × 14 parameters.
    static let rowsPerInsert = 32

    private let select: RawStatement
    private let insertOne: RawStatement
    private let insertMany: RawStatement
    private let insertSuperseded: RawStatement
    private let updateCurrent: RawStatement

    init(_ db: Database) throws {
        select = try RawStatement(db, sql: Self.selectSQL)
        insertOne = try RawStatement(db, sql: Self.insertOneSQL)
        insertMany = try RawStatement(db, sql: Self.insertManySQL)
        insertSuperseded = try RawStatement(db, sql: Self.insertSupersededSQL)
        updateCurrent = try RawStatement(db, sql: Self.updateCurrentSQL)
    }

    // The statements' text, built once: every import prepares them (GRDB's cache finds them by
    // their text), and the receiver imports a few packets hundreds of times a second.
    private static let selectSQL: String = """
        SELECT hour, revision, batch_id, \(StationHourColumns.readings) FROM station_hour
        WHERE station_id = ?1 AND hour BETWEEN ?2 AND ?3 ORDER BY hour
        """
    private static let insertOneSQL: String =
        "INSERT INTO station_hour (\(StationHourColumns.all)) VALUES \(StationHourColumns.placeholders(from: 1))"
    // New rows are all revision 1 of one import batch (?1): 14 parameters a row, not 16.
    private static let insertManySQL: String =
        "INSERT INTO station_hour (\(StationHourColumns.all)) VALUES "
        + (0..<rowsPerInsert).map { i in
            let p = 2 + 14 * i
            return "(?\(p), ?\(p + 1), 1, ?1, " + (p + 2..<p + 14).map { "?\($0)" }.joined(separator: ", ") + ")"
        }.joined(separator: ", ")
    private static let insertSupersededSQL: String =
        "INSERT INTO station_hour_revision (\(StationHourColumns.all)) VALUES "
        + StationHourColumns.placeholders(from: 1)
    private static let updateCurrentSQL: String = """
        UPDATE station_hour SET revision = ?3, batch_id = ?4,
            so2 = ?5, so2_flag = ?6, no2 = ?7, no2_flag = ?8, co = ?9, co_flag = ?10,
            o3 = ?11, o3_flag = ?12, pm10 = ?13, pm10_flag = ?14, pm2_5 = ?15, pm2_5_flag = ?16
        WHERE station_id = ?1 AND hour = ?2
        """

    /// Appends the station's current rows over `hours` to `rows`, by hour.
    func load(station: Int64, hours: ClosedRange<HourStamp>, into rows: inout [StationHourRow]) throws {
        select.bind(station, at: 1)
        select.bind(Int64(hours.lowerBound.rawValue), at: 2)
        select.bind(Int64(hours.upperBound.rawValue), at: 3)
        try select.forEachRow { r in
            var row = StationHourRow(station: station, hour: r.int64(0), revision: r.int64(1), batch: r.int64(2))
            r.readings(from: 3, into: &row)
            rows.append(row)
        }
    }

    /// Stores new station-hours (revision 1, one import batch) in `station_hour`, in the order
    /// given: a full batch of `rowsPerInsert` in one statement, fewer one by one.
    func insert(_ rows: [StationHourRow]) throws {
        if rows.count == Self.rowsPerInsert {
            insertMany.bind(rows[0].batch, at: 1)
            for (i, row) in rows.enumerated() {
                precondition(row.revision == 1 && row.batch == rows[0].batch, "new rows of one import batch")
                let p = Int32(2 + 14 * i)
                insertMany.bind(row.station, at: p)
                insertMany.bind(row.hour, at: p + 1)
                for l in 0..<6 {
                    insertMany.bind(row.value(l), at: p + 2 + Int32(2 * l))
                    insertMany.bind(row.flag(l), at: p + 3 + Int32(2 * l))
                }
            }
            try insertMany.execute()
        } else {
            for row in rows { try insertOne.bind(row).execute() }
        }
    }

    /// Keeps `old` in `station_hour_revision`, then makes `new` the current revision.
    func supersede(_ old: StationHourRow, by new: StationHourRow) throws {
        try insertSuperseded.bind(old).execute()
        try updateCurrent.bind(new).execute()
    }
}

extension RawRow {
    /// The twelve value and flag columns that start at `first`, into lanes 0…5 of `row`.
    func readings(from first: Int32, into row: inout StationHourRow) {
        for p in 0..<6 {
            let column = first + Int32(2 * p)
            row.set(p, value: optionalInt64(column), flag: optionalInt64(column + 1))
        }
    }

    /// As `readings(from:into:)` for `ReadingScan.currentSQL`'s columns (each flag plus one, NULL
    /// read as 0): one `sqlite3_column_int64` per column, a type check only for a value of 0 (the
    /// export's hot path; the two calls per column were a fifth of the scan's instructions).
    func currentReadings(from first: Int32, into row: inout StationHourRow) {
        for p in 0..<6 {
            let column = first + Int32(2 * p)
            let value = int64(column)
            row.values[p] =
                value == 0 && sqlite3_column_type(handle, column) == SQLITE_NULL
                ? StationHourRow.noValue : Int32(truncatingIfNeeded: value)
            row.flags[p] = Int8(truncatingIfNeeded: int64(column + 1) &- 1)
        }
    }
}
