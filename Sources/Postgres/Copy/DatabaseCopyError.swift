import Formats

/// Why `airbulletin db copy` stored nothing, said so that the user knows what to do.
public enum DatabaseCopyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The PostgreSQL database already holds rows (tables with their counts).
    case targetNotEmpty(database: String, endpoint: String, tables: [String: Int])
    /// The SQLite database has tables this airbulletin does not know how to copy.
    case unknownTables([String])
    /// A table's columns differ between the two databases.
    case columnsDiffer(table: String, sqlite: [String], postgres: [String])
    /// A code table (`pollutant`, `reading_flag`) holds other codes in the two databases.
    case codesDiffer(table: String)

    public var description: String {
        switch self {
        case .targetNotEmpty(let database, let endpoint, let tables):
            "the PostgreSQL database \(database) at \(endpoint) is not empty ("
                + tables.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.groupedThousands) rows" }
                .joined(separator: ", ")
                + "): db copy writes only into a new, empty database; nothing was copied. Create one "
                + "(createdb -O ROLE NAME) and give its URL to --to"
        case .unknownTables(let tables):
            "the SQLite database holds tables this airbulletin cannot copy (\(tables.joined(separator: ", "))): "
                + "it was written by a newer airbulletin; upgrade airbulletin; nothing was copied"
        case .columnsDiffer(let table, let sqlite, let postgres):
            "the table \(table) has the columns \(sqlite.joined(separator: ", ")) in SQLite and "
                + "\(postgres.joined(separator: ", ")) in PostgreSQL; nothing was copied"
        case .codesDiffer(let table):
            "the code table \(table) differs between the SQLite and the PostgreSQL database; nothing was copied"
        }
    }
}
