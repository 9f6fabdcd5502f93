import AQI
import Foundation
import GRDB
import Testing

@testable import Store

/// Databases written before a migration keep every row through it: each test builds a file
/// with the migrations up to the one before, writes rows as that version did, then opens it
/// with the current store.
@Suite struct MigrationUpgradeTests {
    /// A database file at `path` migrated up to and including `last`.
    private func database(atPath path: String, upTo last: Migration) throws -> DatabaseQueue {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try Migration.migrator().migrate(queue, upTo: last.id)
        return queue
    }

    @Test func theRunLogKeepsEveryRowWhenItLearnsInterrupted() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("old.sqlite").path
            let old = try database(atPath: path, upTo: .fetchLogAttempts)
            try old.write { db in
                // The old CHECK: 'interrupted' is not yet a valid outcome.
                #expect(throws: DatabaseError.self) {
                    try db.execute(
                        sql: "INSERT INTO run_log (started_at, command, outcome) VALUES (1, 'run', 'interrupted')")
                }
                try db.execute(
                    sql: """
                        INSERT INTO run_log (id, started_at, finished_at, command, date, outcome, summary) VALUES
                            (3, 1000, 1030, 'run', '2025-01-15', 'succeeded', 'published'),
                            (7, 2000, 2010, 'republish', NULL, 'warnings', '2611A: no data'),
                            (9, 3000, NULL, 'run', '2025-01-16', NULL, '');
                        """)
            }
            let before = try old.read { db in try Row.fetchAll(db, sql: "SELECT * FROM run_log ORDER BY id") }
            try old.close()

            let store = try Store(path: path)
            let after = try DatabaseQueue(path: path).read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM run_log ORDER BY id")
            }
            #expect(after == before)
            let closed = try store.closeInterruptedRuns(at: 4_000)
            #expect(closed.map(\.id) == [9])
            #expect(try store.runLog().map(\.outcome) == [.interrupted, .warnings, .succeeded])
            // A new run is numbered after the copied ones.
            #expect(try store.startRun(command: "run", date: nil, startedAt: 5_000).id == 10)
        }
    }

    @Test func fetchLogRowsFromBeforeAttemptsAreFirstAttemptsWithNoWait() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("old.sqlite").path
            let old = try database(atPath: path, upTo: .register)
            try old.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO fetch_log (fetched_at, source, url, http_status, error, bytes, duration_ms,
                            readings_added, readings_changed, readings_unchanged, readings_rejected)
                        VALUES (100, 'cnemc', 'https://example.org/a.csv', 200, NULL, 10, 5, 1, 0, 0, 0)
                        """)
            }
            try old.close()

            let log = try Store(path: path).fetchLog()
            #expect(log.count == 1)
            #expect(log.map(\.attempt) == [1])
            #expect(log.map(\.waitedMilliseconds) == [nil])
            #expect(log.map(\.url) == ["https://example.org/a.csv"])
        }
    }
}
