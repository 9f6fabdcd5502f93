import CLibPQ
import Foundation

/// The rows a statement returned, in libpq's text format, read in place (no copy per row).
public final class PostgresResult {
    let result: OpaquePointer

    init(_ result: OpaquePointer) { self.result = result }

    deinit { PQclear(result) }

    public var count: Int { Int(PQntuples(result)) }
    public var columnCount: Int { Int(PQnfields(result)) }

    /// Rows an INSERT, UPDATE or DELETE touched.
    public var affectedRows: Int { Int(String(cString: PQcmdTuples(result))) ?? 0 }

    public func isNull(_ row: Int, _ column: Int) -> Bool { PQgetisnull(result, Int32(row), Int32(column)) == 1 }

    public func string(_ row: Int, _ column: Int) -> String? {
        isNull(row, column) ? nil : String(cString: PQgetvalue(result, Int32(row), Int32(column)))
    }

    /// The integer in the column, nil for NULL (a text that is no integer reads as 0: the
    /// columns read this way are integer columns).
    public func int64(_ row: Int, _ column: Int) -> Int64? {
        isNull(row, column) ? nil : strtoll(PQgetvalue(result, Int32(row), Int32(column)), nil, 10)
    }

    /// Every row as texts, for tests and small answers.
    public var rows: [[String?]] {
        (0..<count).map { row in (0..<columnCount).map { string(row, $0) } }
    }
}
