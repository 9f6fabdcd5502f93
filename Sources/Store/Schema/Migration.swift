import GRDB

/// One step of the schema, as SQL text under a name that never changes once released
/// (ARCHITECTURE.md, Storage). A shipped migration is never edited: a change is a new
/// migration at the end of `all`.
struct Migration: Sendable {
    /// `YYYY-MM-DD-N-what`, recorded in the database's `grdb_migrations` table.
    let id: String
    let sql: String
    /// Rows the SQL alone cannot move (a reshaped table), converted between `sql` and `after`
    /// in the migration's one transaction; reports its progress.
    let convert: (@Sendable (Database, MigrationProgress?) throws -> Void)?
    let after: String

    init(
        id: String, sql: String, convert: (@Sendable (Database, MigrationProgress?) throws -> Void)? = nil,
        after: String = ""
    ) {
        self.id = id
        self.sql = sql
        self.convert = convert
        self.after = after
    }

    /// Every migration, in the order it runs. StoreTests pins this list.
    static let all: [Migration] = [
        stations, readings, fetchLog, bulletins, runLog, notices, register, fetchLogAttempts, runLogInterrupted,
        siteDocuments, stationHours,
    ]

    /// Each migration runs in a transaction of its own (GRDB's migrator): one that fails or is
    /// interrupted leaves the database as the one before left it.
    static func migrator(progress: MigrationProgress? = nil) -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in all {
            migrator.registerMigration(migration.id) { db in
                try db.execute(sql: migration.sql)
                try migration.convert?(db, progress)
                if !migration.after.isEmpty { try db.execute(sql: migration.after) }
            }
        }
        return migrator
    }
}

/// Told how far a long migration has come: the migration's id, the rows done and the rows in all
/// (first with 0 done, last with all). Throwing stops the migration and rolls it back whole.
public typealias MigrationProgress = @Sendable (_ migration: String, _ done: Int, _ total: Int) throws -> Void

/// What a `MigrationProgress` threw, with the migration it stopped.
struct MigrationStopped: Error {
    let migration: String
    let reason: any Error
}

extension Optional where Wrapped == MigrationProgress {
    /// Tells the progress, if any; what it throws stops the migration as `MigrationStopped`.
    func report(_ migration: String, _ done: Int, _ total: Int) throws {
        guard let progress = self else { return }
        do {
            try progress(migration, done, total)
        } catch {
            throw MigrationStopped(migration: migration, reason: error)
        }
    }
}
