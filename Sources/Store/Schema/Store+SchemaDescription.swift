import GRDB

extension Store {
    /// The ids of every migration, in order: the names the PostgreSQL store records too (issue 14).
    package static var migrationIDs: [String] { Migration.all.map(\.id) }

    /// Every table and view with its columns in order, without GRDB's and SQLite's own tables:
    /// what the PostgreSQL schema's tests compare theirs with.
    package func tableColumns() throws -> [String: [String]] {
        try writer.read { db in
            let names = try String.fetchAll(
                db,
                sql: """
                    SELECT name FROM sqlite_master WHERE type IN ('table', 'view')
                        AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'
                    """)
            var tables: [String: [String]] = [:]
            for name in names {
                tables[name] = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) ORDER BY cid", arguments: [name])
            }
            return tables
        }
    }
}
