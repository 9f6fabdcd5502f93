import Foundation
import Postgres
import Store
import Testing

/// The two stores the run's policy tests run on (issue 14: "the store's whole test suite against
/// both backends"): an SQLite file, and a database of its own on the PostgreSQL cluster
/// scripts/test starts (`AIRBULLETIN_TEST_DATABASE_URL`), dropped at the end.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let environment = ProcessInfo.processInfo.environment

    /// SQLite always; PostgreSQL when scripts/test started a cluster, and always on CI, where a
    /// missing cluster must fail the tests (`PostgresScratch.url()`), never skip them.
    static var available: [StoreBackend] {
        environment["AIRBULLETIN_TEST_DATABASE_URL"] != nil || environment["CI"] != nil
            ? [.sqlite, .postgres] : [.sqlite]
    }

    /// PostgreSQL alone, for the tests of what only a server does (a dropped connection).
    static var postgresOnly: [StoreBackend] { available.filter { $0 == .postgres } }
}

/// A new, empty database on the test cluster, dropped when this goes.
final class PostgresScratch {
    let url: DatabaseURL
    let admin: PostgresConnection
    let name: String

    struct Missing: Error, CustomStringConvertible {
        var description: String {
            "AIRBULLETIN_TEST_DATABASE_URL is not set: run the tests through scripts/test, which starts a "
                + "throwaway PostgreSQL cluster (scripts/pg-cluster) and sets it"
        }
    }

    init() throws {
        guard let text = StoreBackend.environment["AIRBULLETIN_TEST_DATABASE_URL"] else { throw Missing() }
        admin = try PostgresConnection(url: try DatabaseURL(text))
        name = "app_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin.execute("CREATE DATABASE \(name)")
        url = try DatabaseURL(text).with(database: name)
    }

    deinit { _ = try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
}
