import CLibPQ
import Foundation

/// One connection to a PostgreSQL server through libpq (issue 14: the reference client,
/// synchronous like the rest of the program, with TLS and `COPY` built in). Every call blocks
/// until the server answers: call it from the CLI's synchronous commands, not from the
/// cooperative pool. Not for sharing between threads.
public final class PostgresConnection {
    let handle: OpaquePointer
    public let url: DatabaseURL
    /// Redacted from every text libpq or the server gives back, should one ever hold it.
    private let password: String?

    /// Connects to `url` with the password of `AIRBULLETIN_DATABASE_PASSWORD` in `environment`.
    ///
    /// - Throws: `PostgresError.cannotConnect`, naming the host and port (never the password).
    public init(url: DatabaseURL, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(PostgresError)
    {
        self.url = url
        let password = environment[DatabaseURL.passwordVariable].flatMap { $0.isEmpty ? nil : $0 }
        self.password = password
        var settings: [(String, String)] = [
            ("host", url.host), ("port", String(url.port)), ("user", url.user), ("dbname", url.database),
            ("application_name", "airbulletin"),
        ]
        settings += Self.deadPeerSettings
        for (name, value) in url.options.sorted(by: { $0.key < $1.key }) {
            settings.removeAll { $0.0 == name }
            settings.append((name, value))
        }
        if let password { settings.append(("password", password)) }
        let handle = Self.connect(settings)
        guard let handle else {
            throw .cannotConnect(endpoint: url.endpoint, reason: "libpq could not allocate a connection")
        }
        guard PQstatus(handle) == CONNECTION_OK else {
            var reason = Self.redact(String(cString: PQerrorMessage(handle)), password)
            if reason.contains("no password supplied") {
                reason += " (set \(DatabaseURL.passwordVariable))"
            }
            PQfinish(handle)
            throw .cannotConnect(endpoint: url.endpoint, reason: reason)
        }
        self.handle = handle
        // The program's times are Unix seconds and its texts UTF-8; say so whatever the server's defaults.
        _ = PQsetClientEncoding(handle, "UTF8")
        // A NOTICE ("relation … already exists, skipping") would reach standard error through
        // libpq's default notice processor: the program says what it has to say itself.
        PQclear(PQexec(handle, "SET client_min_messages TO warning"))
        // No JIT compilation: the planner overestimates the rows of a range join over `unnest`
        // (the import's look-back over the stored hours of 2,026 stations), so every such
        // statement was compiled, at 0.5 s and more, when running it takes 0.07 s. Measured on
        // the national year: the compile alone added minutes to an import of 365 files.
        PQclear(PQexec(handle, "SET jit TO off"))
    }

    deinit { PQfinish(handle) }

    /// Bounds on every wait for a server that is gone, so that no command can block forever on a
    /// dead socket (issue 14, faults): at most 10 s to connect (`connect_timeout` in the URL may
    /// say otherwise); TCP keepalives on an idle connection (a first probe after 10 s, then every
    /// 5 s, given up after 3), which a server merely busy answers from its kernel, so that a long
    /// statement or a wait for another process's lock is never cut short; and 30 s at most for
    /// data sent and never acknowledged (`tcp_user_timeout`, Linux). A Unix socket needs none.
    static let deadPeerSettings: [(String, String)] = [
        ("connect_timeout", "10"), ("keepalives", "1"), ("keepalives_idle", "10"), ("keepalives_interval", "5"),
        ("keepalives_count", "3"), ("tcp_user_timeout", "30000"),
    ]

    private static func connect(_ settings: [(String, String)]) -> OpaquePointer? {
        let keywords = settings.map { strdup($0.0) } + [nil]
        let values = settings.map { strdup($0.1) } + [nil]
        defer {
            for pointer in keywords + values { free(pointer) }
        }
        return keywords.withUnsafeBufferPointer { k in
            values.withUnsafeBufferPointer { v in
                k.withMemoryRebound(to: UnsafePointer<CChar>?.self) { k in
                    v.withMemoryRebound(to: UnsafePointer<CChar>?.self) { v in
                        PQconnectdbParams(k.baseAddress, v.baseAddress, 0)
                    }
                }
            }
        }
    }

    // MARK: - Statements

    /// Runs `sql`. Without parameters it may hold several statements (a migration); with them,
    /// one statement whose `$1`, `$2`, … take the texts given (nil for NULL).
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(PostgresError) -> PostgresResult {
        let result: OpaquePointer?
        if parameters.isEmpty {
            result = PQexec(handle, sql)
        } else {
            let copies = parameters.map { $0.map { strdup($0) } ?? nil }
            defer { for pointer in copies { free(pointer) } }
            result = copies.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: UnsafePointer<CChar>?.self) { values in
                    PQexecParams(handle, sql, Int32(parameters.count), nil, values.baseAddress, nil, nil, 0)
                }
            }
        }
        return try check(result, expecting: [PGRES_COMMAND_OK, PGRES_TUPLES_OK])
    }

    /// `name` as a quoted SQL identifier (libpq's `PQescapeIdentifier`), for a name from input
    /// (a role) that a statement cannot take as a parameter.
    public func quotedIdentifier(_ name: String) throws(PostgresError) -> String {
        let bytes = Array(name.utf8)
        guard let quoted = PQescapeIdentifier(handle, name, bytes.count) else {
            throw .server(endpoint: url.endpoint, sqlState: "22023", message: lastError)
        }
        defer { PQfreemem(quoted) }
        return String(cString: quoted)
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN")
        let value: T
        do {
            value = try body()
        } catch {
            if PQstatus(handle) == CONNECTION_OK { _ = try? execute("ROLLBACK") }
            throw error
        }
        try execute("COMMIT")
        return value
    }

    /// Takes the result, or throws what the server or the connection said.
    func check(_ result: OpaquePointer?, expecting statuses: [ExecStatusType]) throws(PostgresError)
        -> PostgresResult
    {
        if let result, statuses.contains(PQresultStatus(result)) { return PostgresResult(result) }
        defer { if let result { PQclear(result) } }
        throw failure(result)
    }

    /// The error of a failed call: a lost connection, or the server's refusal with its SQLSTATE.
    func failure(_ result: OpaquePointer?) -> PostgresError {
        if PQstatus(handle) != CONNECTION_OK {
            return .connectionLost(endpoint: url.endpoint, reason: lastError)
        }
        guard let result, let state = ab_pq_sqlstate(result) else {
            return .connectionLost(endpoint: url.endpoint, reason: lastError)
        }
        var message = ab_pq_message(result).map { String(cString: $0) } ?? lastError
        let sqlState = String(cString: state)
        // Class 08 (connection exception) and 57P01–57P03 (the server shut down or restarts): the
        // transaction is gone with the connection.
        if sqlState.hasPrefix("08") || ["57P01", "57P02", "57P03"].contains(sqlState) {
            return .connectionLost(endpoint: url.endpoint, reason: redact(message))
        }
        if let detail = ab_pq_detail(result) { message += " (\(String(cString: detail)))" }
        return .server(endpoint: url.endpoint, sqlState: sqlState, message: redact(message))
    }

    /// libpq's last message on one line, redacted.
    var lastError: String {
        let text = String(cString: PQerrorMessage(handle))
        let line = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        return redact(line.isEmpty ? "no answer from the server" : line)
    }

    func redact(_ text: String) -> String { Self.redact(text, password) }

    /// Never shows the password, even should libpq or the server ever quote it.
    static func redact(_ text: String, _ password: String?) -> String {
        let line = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.joined(separator: " ")
        guard let password, !password.isEmpty else { return line }
        return line.replacingOccurrences(of: password, with: "[password]")
    }
}
