import GRDB

/// One step of the schema, as SQL text under a name that never changes once released
/// (ARCHITECTURE.md, Storage). A shipped migration is never edited: a change is a new
/// migration at the end of `all`.
struct Migration: Sendable {
    /// `YYYY-MM-DD-N-what`, recorded in the database's `grdb_migrations` table.
    let id: String
    let sql: String

    /// Every migration, in the order it runs. StoreTests pins this list.
    static let all: [Migration] = [
        stations, readings, fetchLog, bulletins, runLog, notices, register, fetchLogAttempts, runLogInterrupted,
        siteDocuments,
    ]

    static func migrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all {
            migrator.registerMigration(migration.id) { db in try db.execute(sql: migration.sql) }
        }
        return migrator
    }
}
