import Foundation
import Postgres

/// A new, empty database on the PostgreSQL cluster scripts/test starts
/// (`AIRBULLETIN_TEST_DATABASE_URL`, scripts/pg-cluster), dropped when this goes: each test gets
/// one of its own, so that tests run in parallel without seeing each other.
public final class PostgresScratch {
    public let url: DatabaseURL
    let admin: PostgresConnection
    let name: String

    static let environment = ProcessInfo.processInfo.environment

    /// Whether the PostgreSQL tests run: when scripts/test started a cluster, and always on CI,
    /// where a missing cluster must fail the tests (through `init`), never skip them.
    public static var clusterExpected: Bool {
        environment["AIRBULLETIN_TEST_DATABASE_URL"] != nil || environment["CI"] != nil
    }

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "AIRBULLETIN_TEST_DATABASE_URL is not set: run the tests through scripts/test, which starts a "
                + "throwaway PostgreSQL cluster (scripts/pg-cluster) and sets it"
        }
    }

    /// - Parameter prefix: the start of the database's name, for a reader of the server's log.
    public init(prefix: String) throws {
        guard let text = Self.environment["AIRBULLETIN_TEST_DATABASE_URL"] else { throw Missing() }
        admin = try PostgresConnection(url: try DatabaseURL(text))
        name = prefix + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin.execute("CREATE DATABASE \(name)")
        url = try DatabaseURL(text).with(database: name)
    }

    deinit { _ = try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
}
