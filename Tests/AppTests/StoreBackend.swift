import PostgresTestSupport
import Store
import Testing

/// The two stores the run's policy tests run on (issue 14: "the store's whole test suite against
/// both backends"): an SQLite file, and a database of its own on the PostgreSQL cluster
/// scripts/test starts (`AIRBULLETIN_TEST_DATABASE_URL`), dropped at the end.
enum StoreBackend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// SQLite always; PostgreSQL when scripts/test started a cluster, and always on CI, where a
    /// missing cluster must fail the tests (`PostgresScratch.init`), never skip them.
    static var available: [StoreBackend] {
        PostgresScratch.clusterExpected ? [.sqlite, .postgres] : [.sqlite]
    }

    /// PostgreSQL alone, for the tests of what only a server does (a dropped connection).
    static var postgresOnly: [StoreBackend] { available.filter { $0 == .postgres } }
}
