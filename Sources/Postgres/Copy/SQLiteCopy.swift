import Store

/// `airbulletin db copy --to postgresql://…` (issue 14: "moving a city's history in"): every
/// table of a SQLite database into an empty PostgreSQL database, through binary `COPY`, in one
/// transaction under the readings-import lock, from one snapshot of the SQLite file. The
/// append-only triggers stay as they are: they allow inserts, and the rows go in key order so
/// that the rules that look at the rows before (the next 索引号, a register entry's next
/// revision) hold. When any count differs, the transaction is rolled back.
public struct SQLiteCopy {
    /// Told how far a table has come: its name, the rows copied so far and its rows in all.
    public typealias Progress = (_ table: String, _ done: Int, _ total: Int) -> Void

    /// The names of the tables copied (or, for the code tables, compared).
    public static var tableNames: [String] { CopiedTable.all.map(\.name) }

    let source: Store
    let connection: PostgresConnection
    let progress: Progress?

    public init(source: Store, connection: PostgresConnection, progress: Progress? = nil) {
        self.source = source
        self.connection = connection
        self.progress = progress
    }

    /// Copies, and reports the counts of every table. A target that holds rows is refused
    /// before anything is written to it (the schema included).
    ///
    /// - Throws: `DatabaseCopyError`, `PostgresError`, `StoreError`.
    public func run() throws -> DatabaseCopyReport {
        if try connection.execute("SELECT to_regclass('schema_migration') IS NOT NULL").string(0, 0) == "t" {
            try refuseRows()
        }
        try PostgresSchema.migrate(connection)
        var counts: [CopiedTableCount] = []
        do {
            try connection.transaction {
                try connection.lock(.readingsImport)
                try refuseRows()
                counts = try source.withSnapshot(copy)
                try continueIdentities()
                if !counts.allSatisfy(\.matches) { throw Mismatch() }
            }
        } catch is Mismatch {}
        return DatabaseCopyReport(counts: counts)
    }

    /// Rolls the transaction back when a count differs.
    private struct Mismatch: Error {}

    private func copy(_ snapshot: StoreSnapshot) throws -> [CopiedTableCount] {
        let unknown = Set(try snapshot.tableNames()).subtracting(Self.tableNames).sorted()
        guard unknown.isEmpty else { throw DatabaseCopyError.unknownTables(unknown) }
        let types = try columnTypes()
        var counts: [CopiedTableCount] = []
        for table in CopiedTable.all {
            let columns = try snapshot.columns(of: table.name)
            let target = types[table.name] ?? []
            guard columns == target.map(\.name) else {
                throw DatabaseCopyError.columnsDiffer(table: table.name, sqlite: columns, postgres: target.map(\.name))
            }
            let total = try snapshot.rowCount(table.name)
            if table.isCodeTable {
                try compareCodes(table, columns: columns, snapshot)
            } else {
                try copyRows(table, columns: target, total: total, snapshot)
            }
            let copied = try connection.execute("SELECT count(*) FROM \(table.name)").int64(0, 0) ?? 0
            counts.append(CopiedTableCount(table: table.name, source: total, copied: Int(copied)))
        }
        return counts
    }

    private func copyRows(_ table: CopiedTable, columns: [TargetColumn], total: Int, _ snapshot: StoreSnapshot) throws {
        progress?(table.name, 0, total)
        var done = 0
        let names = columns.map(\.name).joined(separator: ", ")
        try connection.copyIn("COPY \(table.name) (\(names)) FROM STDIN (FORMAT binary)") { writer in
            try snapshot.forEachRow(of: table.name, columns: columns.map(\.name), orderedBy: table.order) { row in
                try writer.beginRow(fields: Int16(columns.count))
                for (c, column) in columns.enumerated() {
                    guard !row.isNull(c) else {
                        writer.null()
                        continue
                    }
                    switch column.type {
                    case .smallint: writer.smallint(Int16(truncatingIfNeeded: row.int64(c)))
                    case .integer: writer.integer(Int32(truncatingIfNeeded: row.int64(c)))
                    case .bigint: writer.bigint(row.int64(c))
                    case .doublePrecision: writer.doublePrecision(row.double(c))
                    case .bytes: writer.raw(row.bytes(c))
                    }
                }
                done += 1
                if done % 65_536 == 0 { progress?(table.name, done, total) }
            }
        }
        progress?(table.name, done, total)
    }

    /// The code tables hold the same codes in both databases, or the flags copied would mean
    /// something else.
    private func compareCodes(_ table: CopiedTable, columns: [String], _ snapshot: StoreSnapshot) throws {
        var sqlite: [[String]] = []
        try snapshot.forEachRow(of: table.name, columns: columns, orderedBy: table.order) { row in
            sqlite.append(
                (0..<columns.count).map { c in
                    row.isNull(c) ? "NULL" : String(decoding: row.bytes(c), as: UTF8.self)
                })
        }
        let postgres = try connection.execute(
            "SELECT \(columns.joined(separator: ", ")) FROM \(table.name) ORDER BY \(table.order.joined(separator: ", "))"
        ).rows.map { $0.map { $0 ?? "NULL" } }
        guard sqlite == postgres else { throw DatabaseCopyError.codesDiffer(table: table.name) }
    }

    /// Refuses a database that holds rows beyond its code tables.
    private func refuseRows() throws {
        var tables: [String: Int] = [:]
        let names = try connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
        let existing = Set(names.rows.compactMap { $0[0] })
        for table in CopiedTable.all where !table.isCodeTable && existing.contains(table.name) {
            let count = try connection.execute("SELECT count(*) FROM \(table.name)").int64(0, 0) ?? 0
            if count > 0 { tables[table.name] = Int(count) }
        }
        guard tables.isEmpty else {
            throw DatabaseCopyError.targetNotEmpty(
                database: connection.url.database, endpoint: connection.url.endpoint, tables: tables)
        }
    }

    /// Each identity column's sequence continues after the largest id copied.
    private func continueIdentities() throws {
        for table in CopiedTable.identities {
            try connection.execute(
                "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), max(id)) FROM \(table) HAVING max(id) IS NOT NULL"
            )
        }
    }

    // MARK: - The target's columns

    private struct TargetColumn {
        enum Kind { case smallint, integer, bigint, doublePrecision, bytes }
        let name: String
        let type: Kind
    }

    private func columnTypes() throws -> [String: [TargetColumn]] {
        let result = try connection.execute(
            """
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position
            """)
        var tables: [String: [TargetColumn]] = [:]
        for row in result.rows {
            guard let table = row[0], let name = row[1], let type = row[2] else { continue }
            let kind: TargetColumn.Kind
            switch type {
            case "smallint": kind = .smallint
            case "integer": kind = .integer
            case "bigint": kind = .bigint
            case "double precision": kind = .doublePrecision
            default: kind = .bytes  // text and bytea: the bytes SQLite holds
            }
            tables[table, default: []].append(TargetColumn(name: name, type: kind))
        }
        return tables
    }
}
