import Foundation

/// Where the PostgreSQL store lives: `postgresql://ROLE@HOST:PORT/DBNAME?sslmode=verify-full`
/// (issue 14, `[database] url`). The password is never part of it: it comes only from the
/// environment variable `AIRBULLETIN_DATABASE_PASSWORD`, so that no configuration file, command
/// line or message ever holds it. A URL with a password is refused.
///
/// HOST may be a Unix socket folder, percent-encoded (`%2Ftmp%2Fpg`). PORT defaults to 5432.
/// Query parameters: `sslmode` (libpq's six modes), `sslrootcert` and `connect_timeout` (seconds).
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    /// The environment variable the password is read from.
    public static let passwordVariable = "AIRBULLETIN_DATABASE_PASSWORD"
    static let sslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"]
    static let parameters = ["sslmode", "sslrootcert", "connect_timeout"]

    public let user: String
    public let host: String
    public let port: Int
    public let database: String
    /// The query parameters, checked, by name.
    public let options: [String: String]

    /// - Throws: `PostgresError.passwordInURL` or `.invalidURL`; neither message repeats the URL.
    public init(_ text: String) throws(PostgresError) {
        var rest = Substring(text)
        guard let scheme = ["postgresql://", "postgres://"].first(where: { rest.hasPrefix($0) }) else {
            throw .invalidURL("it does not start with postgresql://")
        }
        rest = rest.dropFirst(scheme.count)
        var query: Substring = ""
        if let mark = rest.firstIndex(of: "?") {
            query = rest[rest.index(after: mark)...]
            rest = rest[..<mark]
        }
        guard let slash = rest.firstIndex(of: "/") else { throw .invalidURL("it names no database (…/DBNAME)") }
        let authority = rest[..<slash]
        let path = rest[rest.index(after: slash)...]
        guard let at = authority.lastIndex(of: "@") else {
            throw .invalidURL("it names no role (postgresql://ROLE@HOST…)")
        }
        let userInfo = authority[..<at]
        guard !userInfo.contains(":") else { throw .passwordInURL }
        user = try Self.decoded(userInfo, "the role")
        (host, port) = try Self.hostAndPort(authority[authority.index(after: at)...])
        database = try Self.decoded(path, "the database name")
        options = try Self.options(query)
    }

    /// The same server, role and options, another database.
    public func with(database: String) -> DatabaseURL {
        DatabaseURL(user: user, host: host, port: port, database: database, options: options)
    }

    private init(user: String, host: String, port: Int, database: String, options: [String: String]) {
        self.user = user
        self.host = host
        self.port = port
        self.database = database
        self.options = options
    }

    /// `HOST:PORT` (`[::1]:5432` for IPv6; the socket file for a socket folder): what messages name.
    public var endpoint: String {
        if host.hasPrefix("/") { return "\(host)/.s.PGSQL.\(port)" }
        return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// The URL again (it never holds a password).
    public var description: String {
        let query = options.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "&")
        let encodedHost = host.hasPrefix("/") ? host.replacingOccurrences(of: "/", with: "%2F") : endpoint
        let hostPart = host.hasPrefix("/") ? "\(encodedHost):\(port)" : encodedHost
        return "postgresql://\(user)@\(hostPart)/\(database)" + (query.isEmpty ? "" : "?\(query)")
    }

    // MARK: - Parts

    private static func decoded(_ part: Substring, _ what: String) throws(PostgresError) -> String {
        guard let text = String(part).removingPercentEncoding, !text.isEmpty else {
            throw .invalidURL("\(what) is missing or badly percent-encoded")
        }
        return text
    }

    private static func hostAndPort(_ part: Substring) throws(PostgresError) -> (String, Int) {
        var hostPart = part
        var portPart: Substring?
        if part.hasPrefix("[") {
            guard let close = part.firstIndex(of: "]") else { throw .invalidURL("the IPv6 host lacks its ]") }
            hostPart = part[part.index(after: part.startIndex)..<close]
            let after = part[part.index(after: close)...]
            if after.hasPrefix(":") { portPart = after.dropFirst() } else if !after.isEmpty {
                throw .invalidURL("unexpected text after the IPv6 host")
            }
        } else if let colon = part.lastIndex(of: ":") {
            hostPart = part[..<colon]
            portPart = part[part.index(after: colon)...]
        }
        let host = try decoded(hostPart, "the host")
        guard let portPart else { return (host, 5432) }
        guard let port = Int(portPart), (1...65535).contains(port) else {
            throw .invalidURL("the port \"\(portPart)\" is not a number from 1 to 65535")
        }
        return (host, port)
    }

    private static func options(_ query: Substring) throws(PostgresError) -> [String: String] {
        var options: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0]
            guard name != "password" else { throw .passwordInURL }
            guard parameters.contains(name) else {
                throw .invalidURL(
                    "unknown parameter \"\(name)\" (expected one of \(parameters.joined(separator: ", ")))")
            }
            let value = parts.count > 1 ? (parts[1].removingPercentEncoding ?? parts[1]) : ""
            if name == "sslmode", !sslModes.contains(value) {
                throw .invalidURL(
                    "sslmode \"\(value)\" is not one of \(sslModes.joined(separator: ", "))")
            }
            if name == "connect_timeout", Int(value) == nil {
                throw .invalidURL("connect_timeout \"\(value)\" is not a number of seconds")
            }
            options[name] = value
        }
        return options
    }
}
