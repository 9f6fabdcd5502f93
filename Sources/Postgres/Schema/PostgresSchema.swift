/// Brings a PostgreSQL database's schema up to date: the SQLite store's migrations, by the same
/// names, in PostgreSQL's dialect (`PostgresMigration`).
public enum PostgresSchema {
    /// The SQLSTATE every append-only rule raises: class 23 (integrity constraint violation), so
    /// that a client treating 23xxx as "the data's rules refused this" is right, with the
    /// implementation-defined subclass W01 ("written once"), which PostgreSQL itself never uses.
    public static let appendOnlyState = "23W01"

    /// The table that records each migration applied, by id (SQLite: GRDB's `grdb_migrations`).
    static let table = "schema_migration"

    /// The ids of every migration this airbulletin knows, in order.
    public static var migrationIDs: [String] { PostgresMigration.all.map(\.id) }

    /// The ids of the migrations only PostgreSQL has (the last of `migrationIDs`).
    public static var serverOnlyMigrationIDs: [String] { PostgresMigration.serverOnly.map(\.id) }

    /// Applies the migrations not applied yet, each in one transaction under the migrations
    /// advisory lock (so that two processes starting at once never both apply one): one that
    /// fails leaves the database as the one before left it.
    ///
    /// - Throws: `PostgresError.newerSchema` when the database records a migration this airbulletin
    ///   does not know; what the server said when a migration fails.
    public static func migrate(_ connection: PostgresConnection) throws {
        // A publisher's role (`db grant`) may not create tables: a database that is up to date is
        // only read.
        if try connection.execute("SELECT to_regclass('\(table)') IS NOT NULL").string(0, 0) == "t" {
            let applied = try appliedMigrations(connection)
            try refuseUnknown(applied, connection)
            if applied == migrationIDs { return }
        }
        try connection.transaction {
            try connection.lock(.migrations)
            try connection.execute(
                """
                CREATE TABLE IF NOT EXISTS \(table) (
                    identifier text PRIMARY KEY,
                    position bigint GENERATED ALWAYS AS IDENTITY,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """)
        }
        for migration in PostgresMigration.all {
            try connection.transaction {
                try connection.lock(.migrations)
                let applied = try appliedMigrations(connection)
                try refuseUnknown(applied, connection)
                guard !applied.contains(migration.id) else { return }
                try connection.execute(migration.sql)
                try connection.execute("INSERT INTO \(table) (identifier) VALUES ($1)", [migration.id])
            }
        }
    }

    private static func refuseUnknown(_ applied: [String], _ connection: PostgresConnection) throws(PostgresError) {
        let unknown = Set(applied).subtracting(migrationIDs).sorted()
        guard unknown.isEmpty else {
            throw PostgresError.newerSchema(endpoint: connection.url.endpoint, unknownMigrations: unknown)
        }
    }

    /// The ids recorded as applied, in the order they were applied.
    public static func appliedMigrations(_ connection: PostgresConnection) throws(PostgresError) -> [String] {
        let result = try connection.execute("SELECT identifier FROM \(table) ORDER BY position")
        return (0..<result.count).compactMap { result.string($0, 0) }
    }
}
