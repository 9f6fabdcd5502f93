import GRDB
import GRDBSQLite

/// The whole database as of one moment (one read transaction), table by table: what
/// `airbulletin db copy` reads, so that the counts it compares and the rows it copies agree
/// even while another process imports.
package struct StoreSnapshot {
    let db: Database

    /// The tables (not the views), by name, without GRDB's and SQLite's own.
    package func tableNames() throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT name FROM sqlite_master WHERE type = 'table'
                    AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' ORDER BY name
                """)
    }

    /// The columns of `table`, in order.
    package func columns(of table: String) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid", arguments: [table])
    }

    package func rowCount(_ table: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(Self.quoted(table))") ?? 0
    }

    /// Every row of `table`, `columns` in that order, sorted by `order` (a column list).
    package func forEachRow(
        of table: String, columns: [String], orderedBy order: [String], _ body: (TableRow) throws -> Void
    ) throws {
        let sql =
            "SELECT \(columns.map(Self.quoted).joined(separator: ", ")) FROM \(Self.quoted(table))"
            + (order.isEmpty ? "" : " ORDER BY \(order.map(Self.quoted).joined(separator: ", "))")
        let statement = try db.makeStatement(sql: sql)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                    sql: sql)
            }
            try body(TableRow(handle: handle))
        }
    }

    private static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// The current row of `StoreSnapshot.forEachRow`, read column by column as SQLite holds it.
package struct TableRow {
    let handle: SQLiteStatement

    package func isNull(_ column: Int) -> Bool { sqlite3_column_type(handle, Int32(column)) == SQLITE_NULL }

    package func int64(_ column: Int) -> Int64 { sqlite3_column_int64(handle, Int32(column)) }

    package func double(_ column: Int) -> Double { sqlite3_column_double(handle, Int32(column)) }

    /// The column as UTF-8 bytes (text), or as stored (a blob).
    package func bytes(_ column: Int) -> UnsafeRawBufferPointer {
        let c = Int32(column)
        let isBlob = sqlite3_column_type(handle, c) == SQLITE_BLOB
        let start = isBlob ? sqlite3_column_blob(handle, c) : UnsafeRawPointer(sqlite3_column_text(handle, c))
        let count = Int(sqlite3_column_bytes(handle, c))
        return UnsafeRawBufferPointer(start: start, count: start == nil ? 0 : count)
    }
}

extension Store {
    /// Runs `body` on one snapshot of the whole database (one read transaction).
    package func withSnapshot<T>(_ body: (StoreSnapshot) throws -> T) throws -> T {
        try writer.read { db in try body(StoreSnapshot(db: db)) }
    }
}
