import Foundation
import Postgres
import Store
import Testing

@Suite(.enabled(if: TestDatabase.enabled, "needs a PostgreSQL cluster: run scripts/test"))
struct SchemaTests {
    /// The same migrations as the SQLite store, by name and in order, each recorded once, then
    /// PostgreSQL's own (the publishers' roles).
    @Test func migrationsApplyAndAreRecordedUnderTheSQLiteStoresNames() throws {
        try TestDatabase.withDatabase(migrated: false) { connection, _ in
            try PostgresSchema.migrate(connection)
            #expect(PostgresSchema.serverOnlyMigrationIDs == ["2026-12-07-2-publisher-areas"])
            #expect(PostgresSchema.migrationIDs == Store.migrationIDs + PostgresSchema.serverOnlyMigrationIDs)
            #expect(try PostgresSchema.appliedMigrations(connection) == PostgresSchema.migrationIDs)
        }
    }

    @Test func migratingTwiceChangesNothing() throws {
        try TestDatabase.withDatabase { connection, _ in
            let before = try schemaDump(connection)
            try PostgresSchema.migrate(connection)
            #expect(try schemaDump(connection) == before)
            #expect(try PostgresSchema.appliedMigrations(connection) == PostgresSchema.migrationIDs)
        }
    }

    /// Every table and view of the SQLite store, with the same columns in the same order (and the
    /// tables of the publishers' roles, which SQLite has no use for).
    @Test func holdsTheSQLiteStoresTablesAndColumns() throws {
        let sqlite = try Store.inMemory().tableColumns()
        try TestDatabase.withDatabase { connection, _ in
            let result = try connection.execute(
                """
                SELECT table_name, string_agg(column_name, ',' ORDER BY ordinal_position)
                FROM information_schema.columns
                WHERE table_schema = 'public'
                    AND table_name NOT IN ('schema_migration', 'publisher_area', 'publisher_station')
                GROUP BY table_name ORDER BY table_name
                """)
            let postgres = Dictionary(uniqueKeysWithValues: result.rows.map { ($0[0]!, $0[1]!.split(separator: ",").map(String.init)) })
            #expect(postgres == sqlite)
        }
    }

    /// A database a newer airbulletin migrated is refused, naming the migrations it does not know.
    @Test func refusesADatabaseOfANewerAirbulletin() throws {
        try TestDatabase.withDatabase { connection, url in
            try connection.execute("INSERT INTO schema_migration (identifier) VALUES ('2099-01-01-1-future')")
            #expect(throws: PostgresError.newerSchema(endpoint: url.endpoint, unknownMigrations: ["2099-01-01-1-future"])) {
                try PostgresSchema.migrate(connection)
            }
        }
    }

    private func schemaDump(_ connection: PostgresConnection) throws -> [[String?]] {
        try connection.execute(
            """
            SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
            WHERE table_schema = 'public' ORDER BY table_name, ordinal_position
            """
        ).rows
            + connection.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname").rows
    }
}
