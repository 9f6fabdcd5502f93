import GRDB
import GRDBSQLite

/// A statement prepared by GRDB and driven through the SQLite C API, for the reading hot paths:
/// binding integers this way avoids the per-call allocations of `StatementArguments` (about 5×
/// faster on an import, measured in a debug build: 136,000 → 735,000 rows/s). It lives inside
/// one database access, like the GRDB statement it wraps.
struct RawStatement {
    private let statement: Statement
    private let db: Database

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        self.db = db
    }

    func bind(_ value: Int64, at index: Int32) {
        sqlite3_bind_int64(statement.sqliteStatement, index, value)
    }

    func bind(_ value: Int64?, at index: Int32) {
        if let value {
            sqlite3_bind_int64(statement.sqliteStatement, index, value)
        } else {
            sqlite3_bind_null(statement.sqliteStatement, index)
        }
    }

    /// Runs a statement that returns no rows, then resets it for the next bindings.
    func execute() throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    /// Steps through every row, then resets the statement.
    func forEachRow(_ body: (RawRow) throws -> Void) throws {
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw failure(code) }
            try body(RawRow(handle: handle))
        }
    }

    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
            sql: statement.sql)
    }
}

/// The current row of a `RawStatement`, read column by column.
struct RawRow {
    let handle: SQLiteStatement

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func optionalInt64(_ column: Int32) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, column)
    }
}
