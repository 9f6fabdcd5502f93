import Foundation
import GRDB

/// The database: stations, readings with every revision, bulletins with every revision, the
/// fetch log and the run log (ARCHITECTURE.md, Storage), and the disclosure notices, their
/// 索引号 and the register (`Disclosure/`, the live `DisclosureRepository`). One SQLite file in
/// WAL mode, opened through GRDB; the rest of the program calls the named queries of the
/// `Store+…` extensions and never writes SQL.
///
/// The methods are synchronous and may block (on the disk, or on another process holding the
/// write lock): call them from the CLI's synchronous commands, not from the cooperative pool.
public struct Store: Sendable {
    let writer: any DatabaseWriter

    /// The file the store lives in; nil for an in-memory store.
    public let path: String?

    /// Opens the database at `path`, creating it and its parent directories when missing, and
    /// brings its schema up to date, each migration in one transaction.
    ///
    /// - Parameter migrationProgress: told how far a long migration (a conversion of rows) has come.
    /// - Throws: `StoreError` when the file cannot be created or opened, is not a database, or
    ///   was written by a newer airbulletin; `.migrationStopped` when `migrationProgress` threw.
    public init(path: String, migrationProgress: MigrationProgress? = nil) throws(StoreError) {
        guard !path.isEmpty else { throw .emptyField("the database path (--db)") }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateDirectory(path: directory.path, reason: (error as NSError).localizedDescription)
        }
        do {
            // A pool opens the file in WAL mode: readers (an export) never block the writer.
            let pool = try DatabasePool(path: path, configuration: Store.configuration())
            // GRDB sets the writer to synchronous = NORMAL when it turns WAL on, after
            // `prepareDatabase` ran: FULL again, or a power cut could undo a committed import.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            try Store.migrate(pool, path: path, progress: migrationProgress)
            writer = pool
        } catch {
            throw StoreError(opening: path, error)
        }
        self.path = path
    }

    private init(inMemory writer: any DatabaseWriter) {
        self.writer = writer
        path = nil
    }

    /// A private in-memory database with the full schema, for unit tests. Integration tests and
    /// the program itself use files (`init(path:)`).
    public static func inMemory() throws(StoreError) -> Store {
        do {
            let queue = try DatabaseQueue(configuration: configuration())
            try migrate(queue, path: ":memory:")
            return Store(inMemory: queue)
        } catch {
            throw StoreError(opening: ":memory:", error)
        }
    }

    /// How long an operation waits for another process's write to finish.
    static let busyTimeoutSeconds = 30

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another airbulletin process (cron and a clerk's republish) may hold the write lock
        // for the length of one import; wait for it instead of failing at once.
        configuration.busyMode = .timeout(TimeInterval(busyTimeoutSeconds))
        configuration.prepareDatabase { db in
            // A committed import or bulletin survives a power cut, not only a crash: FULL
            // syncs the WAL at every commit (one fsync per transaction, not per row).
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // The importer touches one B-tree leaf per station: 64 MiB keeps the national
            // network's 2,000-odd leaves and their parents in memory during an import.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA cache_size = -65536") }
        }
        return configuration
    }

    static func migrate(_ writer: any DatabaseWriter, path: String, progress: MigrationProgress? = nil) throws {
        let migrator = Migration.migrator(progress: progress)
        // A newer airbulletin may have added tables this one does not know: refuse to write
        // rather than guess (the migrations only ever move forward).
        // On the writer, not a pool reader: a reader connection opened now would keep the old
        // schema, and a row it reads after an ALTER TABLE would lack the added columns.
        let applied = try writer.writeWithoutTransaction { db in try migrator.appliedIdentifiers(db) }
        let unknown = applied.subtracting(Migration.all.map(\.id)).sorted()
        guard unknown.isEmpty else { throw StoreError.newerSchema(path: path, unknownMigrations: unknown) }
        try migrator.migrate(writer)
    }
}
