import Disclosure
import Formats
import Postgres
import Store

/// Opens the database for a command, showing a long upgrade of its schema (the conversion of a
/// national history to one row per station-hour takes minutes): a percentage on a terminal,
/// a line when it starts and one when it ends otherwise (cron's mail, a log).
public enum StoreOpening {
    public static func open(_ path: String) throws(StoreError) -> Store {
        try Store(path: path, migrationProgress: progress(path: path, terminal: StandardStreams.isTerminal(2)))
    }

    /// The store `airbulletin import` writes into: the PostgreSQL server of `[database] url`, else
    /// the SQLite file. A server that cannot be reached throws `PostgresError.cannotConnect`,
    /// naming HOST:PORT, before any input is read.
    public static func openForImport(_ configuration: Configuration) throws -> any ReadingsImportTarget {
        if let url = configuration.databaseURL { return try PostgresStore(url: url) }
        return try open(configuration.database)
    }

    /// The store `airbulletin run` and `republish` publish from: the PostgreSQL server of
    /// `[database] url`, else the SQLite file. A server that cannot be reached throws
    /// `PostgresError.cannotConnect` (the import's message, naming HOST:PORT) before any fetch.
    public static func openForPublication(_ configuration: Configuration) throws
        -> any PublicationStore & SiteDocumentWriter
    {
        if let url = configuration.databaseURL { return try PostgresStore(url: url) }
        return try open(configuration.database)
    }

    /// The store the disclosure commands (`notice`, `register`, `report annual`) keep their
    /// records in: the PostgreSQL server of `[database] url`, else the SQLite file. A server that
    /// cannot be reached throws `PostgresError.cannotConnect`, naming HOST:PORT.
    public static func openForDisclosure(_ configuration: Configuration) throws -> any DisclosureRepository {
        if let url = configuration.databaseURL { return try PostgresStore(url: url) }
        return try open(configuration.database)
    }

    /// The store `airbulletin export` reads: the PostgreSQL server of `[database] url`, else the
    /// SQLite file. A server that cannot be reached throws `PostgresError.cannotConnect`.
    public static func openForExport(_ configuration: Configuration) throws -> any ReadingsExportSource {
        if let url = configuration.databaseURL { return try PostgresExportSource(url: url) }
        return try open(configuration.database)
    }

    /// The lines a migration of `path` prints to standard error.
    static func progress(path: String, terminal: Bool) -> MigrationProgress {
        { migration, done, total in
            let what = "upgrading the database \(path) (\(migration)): \(total.groupedThousands) readings"
            if terminal {
                let percent = total == 0 ? 100 : done * 100 / total
                StandardStreams.writeError("\r\(what): \(percent)%" + (done == total ? ", done\n" : ""))
            } else if done == 0 || done == total {
                StandardStreams.writeError("\(what)" + (done == total ? ": done\n" : "…\n"))
            }
        }
    }
}
