import Foundation
import Postgres
import Testing

/// The PostgreSQL cluster scripts/test starts (scripts/pg-cluster): each test gets a database of
/// its own on it, dropped at the end, so that tests run in parallel without seeing each other.
enum TestDatabase {
    static let environment = ProcessInfo.processInfo.environment

    /// Whether the PostgreSQL tests run: when scripts/test started a cluster, and always on CI,
    /// where a missing cluster must fail the tests (through `url()`), never skip them. A plain
    /// `swift test` on a developer's machine without a cluster skips them.
    static var enabled: Bool { environment["AIRBULLETIN_TEST_DATABASE_URL"] != nil || environment["CI"] != nil }

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "AIRBULLETIN_TEST_DATABASE_URL is not set: run the tests through scripts/test, which starts a "
                + "throwaway PostgreSQL cluster (scripts/pg-cluster) and sets it"
        }
    }

    static func url() throws -> DatabaseURL {
        guard let text = environment["AIRBULLETIN_TEST_DATABASE_URL"] else { throw Missing() }
        return try DatabaseURL(text)
    }

    /// The folder of the cluster (for `scripts/pg-cluster restart`).
    static var clusterDirectory: String? { environment["AIRBULLETIN_TEST_PG_DIR"] }

    /// Runs `body` with a connection to a new, empty database, dropped afterwards.
    static func withDatabase<T>(
        migrated: Bool = true, _ body: (PostgresConnection, DatabaseURL) throws -> T
    ) throws -> T {
        let admin = try PostgresConnection(url: try url())
        let name = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin.execute("CREATE DATABASE \(name)")
        defer { _ = try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        let url = try url().with(database: name)
        let connection = try PostgresConnection(url: url)
        if migrated { try PostgresSchema.migrate(connection) }
        return try body(connection, url)
    }
}
