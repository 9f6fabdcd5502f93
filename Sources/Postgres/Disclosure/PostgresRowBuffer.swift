import GRDB

/// Rows to insert, kept in memory and written table by table, in the order the tables first
/// appeared, with one multi-row `INSERT` per table (and per 1,000 rows): a file of notices costs a
/// few round trips to the server rather than several a notice. Parents go first, so the foreign
/// keys hold at each statement's end; the row triggers see the rows before theirs in the same
/// statement (a BEFORE trigger's queries see the rows the command already inserted).
struct PostgresRowBuffer {
    private var tables: [(name: String, columns: [String], rows: [[String?]])] = []

    /// Adds a row the SQLite store's record encodes (`databaseDictionary`: every column by name).
    mutating func append(_ record: any PersistableRecord) throws {
        let values = try record.databaseDictionary.sorted { $0.key < $1.key }
        append(
            table: type(of: record).databaseTableName, columns: values.map(\.key),
            values: values.map { PostgresConnection.parameter($0.value) })
    }

    /// Adds a row of `table`, its values as text parameters (nil for NULL).
    mutating func append(table: String, columns: [String], values: [String?]) {
        if let n = tables.firstIndex(where: { $0.name == table && $0.columns == columns }) {
            tables[n].rows.append(values)
        } else {
            tables.append((table, columns, [values]))
        }
    }

    /// Inserts every row, then empties the buffer.
    mutating func flush(_ connection: PostgresConnection) throws(PostgresError) {
        for table in tables {
            let names = table.columns.map(PostgresConnection.quoted).joined(separator: ", ")
            var start = 0
            while start < table.rows.count {
                let chunk = table.rows[start..<min(start + 1000, table.rows.count)]
                var n = 0
                let tuples = chunk.map { row in
                    "("
                        + row.map { _ in
                            n += 1
                            return "$\(n)"
                        }.joined(separator: ", ") + ")"
                }
                try connection.execute(
                    "INSERT INTO \(PostgresConnection.quoted(table.name)) (\(names)) VALUES "
                        + tuples.joined(separator: ", "), chunk.flatMap { $0 })
                start += chunk.count
            }
        }
        tables = []
    }
}
