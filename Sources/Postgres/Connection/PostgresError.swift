/// What went wrong with the PostgreSQL store, said so that the user knows what to do. Every
/// message names the server as HOST:PORT and none holds the password: the texts that come from
/// libpq or the server are redacted (`PostgresConnection.redact`) before they get here.
public enum PostgresError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The URL holds a password (`user:secret@…` or `?password=`).
    case passwordInURL
    /// The URL is not `postgresql://ROLE@HOST:PORT/DBNAME?…`.
    case invalidURL(String)
    /// The server could not be reached, or refused the role or the password.
    case cannotConnect(endpoint: String, reason: String)
    /// The connection broke during a command: the server rolled the transaction back.
    case connectionLost(endpoint: String, reason: String)
    /// The server refused a statement. `sqlState` is the five-character SQLSTATE
    /// (`23W01`: an append-only rule, `PostgresSchema.appendOnlyState`).
    case server(endpoint: String, sqlState: String, message: String)
    /// The database was migrated by a newer airbulletin.
    case newerSchema(endpoint: String, unknownMigrations: [String])

    public var description: String {
        switch self {
        case .passwordInURL:
            "the database URL contains a password: remove it from the URL and set the environment variable "
                + "\(DatabaseURL.passwordVariable) instead"
        case .invalidURL(let reason):
            "the database URL is not postgresql://ROLE@HOST:PORT/DBNAME?sslmode=…: \(reason)"
        case .cannotConnect(let endpoint, let reason):
            "cannot connect to the PostgreSQL server at \(endpoint): \(reason); check that the server runs there, "
                + "the [database] url and \(DatabaseURL.passwordVariable)"
        case .connectionLost(let endpoint, let reason):
            "the connection to the PostgreSQL server at \(endpoint) was lost (\(reason)): the transaction was "
                + "rolled back and nothing of it was stored; run the command again once the server is back"
        case .server(let endpoint, let sqlState, let message):
            "the PostgreSQL server at \(endpoint) refused: \(message) (SQLSTATE \(sqlState))"
        case .newerSchema(let endpoint, let unknown):
            "the database at \(endpoint) was written by a newer airbulletin (unknown migrations: "
                + "\(unknown.joined(separator: ", "))): upgrade airbulletin"
        }
    }

    /// The SQLSTATE of a refused statement, nil for the other cases.
    public var sqlState: String? {
        if case .server(_, let state, _) = self { return state }
        return nil
    }
}
