import AQI
import Foundation
import Store

/// The store of a province on PostgreSQL (issue 14): one database many processes share. Opening
/// it connects and brings the schema up to date (`PostgresSchema.migrate`). It offers the readings
/// import (`ReadingsImportTarget`) and the publication (`PublicationStore`: `run`, `republish`).
///
/// The methods are synchronous and block on the server (and on other processes' advisory locks):
/// call them from the CLI's synchronous commands, not from the cooperative pool.
public final class PostgresStore {
    public let connection: PostgresConnection
    /// The password variable of the environment given, for the store's other connections.
    let environment: [String: String]
    /// The publication locks the command holds (`holdPublication`), on a connection of their own.
    var publicationLock: PostgresPublicationLock?

    /// Connects to `url` (the password from `AIRBULLETIN_DATABASE_PASSWORD` in `environment`)
    /// and migrates the schema.
    public init(url: DatabaseURL, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        connection = try PostgresConnection(url: url, environment: environment)
        self.environment = environment.filter { $0.key == DatabaseURL.passwordVariable }
        try PostgresSchema.migrate(connection)
    }

    /// Stores readings as `Store.importReadings` does, with the same revisions and counts: one
    /// transaction under the readings-import advisory lock; if anything fails, the checkpoint or
    /// the connection included, nothing of the import is stored.
    public func importReadings(
        _ readings: [Reading], source: String, fetchedAt: Instant, checkpoint: ImportCheckpoint? = nil
    ) throws -> ImportCounts {
        try importSession(checkpoint: checkpoint) { session in
            try session.importReadings(readings, source: source, fetchedAt: fetchedAt)
        }
    }

    /// Runs `body` with a session whose imports all go into ONE transaction, as
    /// `Store.importSession` does, under the readings-import advisory lock (`AdvisoryLock`): two
    /// imports into one database, from any machines, run one after the other.
    public func importSession<T>(checkpoint: ImportCheckpoint? = nil, _ body: (PostgresImportSession) throws -> T)
        throws -> T
    {
        try connection.transaction {
            try connection.lock(.readingsImport)
            return try body(PostgresImportSession(connection: connection, checkpoint: checkpoint))
        }
    }
}

/// Several imports in one transaction of a `PostgresStore` (see `Store.ImportSession`).
public final class PostgresImportSession {
    let connection: PostgresConnection
    let checkpoint: ImportCheckpoint?
    public private(set) var counts = ImportCounts()

    init(connection: PostgresConnection, checkpoint: ImportCheckpoint?) {
        self.connection = connection
        self.checkpoint = checkpoint
    }

    @discardableResult
    public func importReadings(_ readings: [Reading], source: String, fetchedAt: Instant) throws -> ImportCounts {
        try importReadings(try GroupedReadings(readings), source: source, fetchedAt: fetchedAt)
    }

    /// Stores one batch grouped ahead of time, inside the session's transaction.
    @discardableResult
    public func importReadings(_ readings: GroupedReadings, source: String, fetchedAt: Instant) throws -> ImportCounts {
        guard !source.isEmpty else { throw StoreError.emptyField("the import's source id") }
        var importer = StationHourImporter(
            connection: connection, source: source, fetchedAt: fetchedAt, checkpoint: checkpoint)
        try importer.run(readings)
        counts.added += importer.counts.added
        counts.changed += importer.counts.changed
        counts.unchanged += importer.counts.unchanged
        return importer.counts
    }

    /// Records one request inside the session's transaction.
    @discardableResult
    public func appendFetchLog(_ entry: FetchLogEntry) throws -> FetchLogEntry {
        try PostgresFetchLog.append(entry, connection)
    }
}
