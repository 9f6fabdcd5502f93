import AQI
import Foundation
import GRDB
import Testing

@testable import Store

/// A database written by main before one row per station-hour (`Fixtures/main-2026-12-06`)
/// opens with this store, converted in one transaction, every revision of every reading kept.
@Suite struct StationHourMigrationTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/main-2026-12-06/airbulletin.sqlite")

    /// A copy of the fixture in `directory`.
    private func copy(into directory: URL) throws -> String {
        let path = directory.appendingPathComponent("old.sqlite").path
        try FileManager.default.copyItem(atPath: Self.fixture.path, toPath: path)
        return path
    }

    /// Every revision the old tables hold, one line each, in the exporter's order.
    private func oldRevisions(atPath path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.code, r.hour, p.label, r.revision, r.value, f.flag, b.source, b.fetched_at, r.current
                    FROM (
                        SELECT station_id, hour, pollutant, revision, value, flag, batch_id, 1 AS current FROM reading
                        UNION ALL
                        SELECT station_id, hour, pollutant, revision, value, flag, batch_id, 0 FROM reading_revision
                    ) AS r
                    JOIN station s ON s.id = r.station_id JOIN pollutant p ON p.code = r.pollutant
                    JOIN reading_flag f ON f.code = r.flag JOIN import_batch b ON b.id = r.batch_id
                    ORDER BY s.code, r.hour, r.pollutant, r.revision
                    """
            ).map { row in
                let value = (row[4] as Int64?).map(String.init) ?? "-"
                return "\(row[0] as String) \(row[1] as Int64) \(row[2] as String) r\(row[3] as Int64) \(value) "
                    + "\(row[5] as String) \(row[6] as String) \(row[7] as Int64) \((row[8] as Int64) == 1)"
            }
        }
    }

    private func newRevisions(_ store: Store) throws -> [String] {
        var lines: [String] = []
        try store.forEachReading(hours: StationGroups.hours, revisions: .all) { s in
            let r = s.reading
            lines.append(
                "\(r.station) \(r.hour.rawValue) \(r.pollutant.label) r\(s.revision) "
                    + "\(r.value.map { String($0.milli) } ?? "-") \(r.flag.rawValue) \(s.source) \(s.fetchedAt.unixSeconds) "
                    + "\(s.isCurrent)")
        }
        return lines
    }

    /// The tables the migration does not touch, dumped.
    private func others(atPath path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in
            var lines: [String] = []
            for table in ["station", "station_area", "import_batch", "fetch_log", "bulletin", "run_log"] {
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1") {
                    lines.append("\(table) \(row)")
                }
            }
            return lines
        }
    }

    @Test func everyRevisionOfEveryReadingSurvives() throws {
        try withTemporaryDirectory { directory in
            let path = try copy(into: directory)
            let before = try oldRevisions(atPath: path)
            let untouched = try others(atPath: path)
            #expect(before.count == 568)
            let calls = Calls()
            let store = try Store(path: path) { migration, done, total in calls.append("\(migration) \(done)/\(total)") }
            #expect(try newRevisions(store) == before)
            #expect(calls.all == ["2026-12-07-1-station-hours 0/568", "2026-12-07-1-station-hours 568/568"])
            #expect(try store.readingCounts() == ReadingCounts(readings: 562, revisions: 568))
            #expect(try others(atPath: path) == untouched)
            let tables = try DatabaseQueue(path: path).read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'reading%' ORDER BY name")
            }
            #expect(tables == ["reading_flag", "reading_now"])
            // 2610A 2025-01-01 08时: SO2 and PM2.5 changed by two imports, the rest from the archive.
            let rows = try DatabaseQueue(path: path).read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT revision, batch_id, so2, so2_flag, pm2_5 FROM station_hour_revision
                        WHERE station_id = 1 AND hour = 482144
                        UNION ALL SELECT revision, batch_id, so2, so2_flag, pm2_5 FROM station_hour
                        WHERE station_id = 1 AND hour = 482144 ORDER BY 1
                        """
                ).map { "\($0)" }
            }
            #expect(
                rows == [
                    "[revision:1 batch_id:1 so2:3000 so2_flag:0 pm2_5:19000]",
                    "[revision:2 batch_id:3 so2:NULL so2_flag:2 pm2_5:99000]",
                    "[revision:3 batch_id:4 so2:4000 so2_flag:0 pm2_5:98000]",
                ])
            #expect(try integrityCheck(atPath: path) == "ok")
        }
    }

    /// A migration stopped at its last step (a crash, Ctrl-C) leaves the old schema and every
    /// row; the next open converts it.
    @Test func aMigrationStoppedMidWayLeavesTheOldSchema() throws {
        try withTemporaryDirectory { directory in
            let path = try copy(into: directory)
            let before = try dumpDatabase(atPath: path)
            let revisions = try oldRevisions(atPath: path)
            let error = #expect(throws: StoreError.self) {
                try Store(path: path) { _, done, total in if done == total { throw Interrupted() } }
            }
            #expect(
                error?.description
                    == "the upgrade of the database \(path) (migration 2026-12-07-1-station-hours) stopped and was "
                    + "rolled back, the database is as it was: interrupted")
            #expect(try dumpDatabase(atPath: path) == before)
            #expect(try integrityCheck(atPath: path) == "ok")
            #expect(try newRevisions(try Store(path: path)) == revisions)
        }
    }

    /// What a power cut in the middle of the conversion leaves on disk opens as the old database.
    @Test func theFilesOnDiskMidMigrationHoldTheOldDatabase() throws {
        try withTemporaryDirectory { directory in
            let path = try copy(into: directory)
            let before = try dumpDatabase(atPath: path)
            let crash = directory.appendingPathComponent("crash")
            try FileManager.default.createDirectory(at: crash, withIntermediateDirectories: true)
            _ = try Store(path: path) { _, done, total in
                guard done == total else { return }
                for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
                    try FileManager.default.copyItem(
                        atPath: path + suffix, toPath: crash.appendingPathComponent("old.sqlite" + suffix).path)
                }
            }
            let crashed = crash.appendingPathComponent("old.sqlite").path
            #expect(try dumpDatabase(atPath: crashed) == before)
            #expect(try integrityCheck(atPath: crashed) == "ok")
        }
    }

    private struct Interrupted: Error, CustomStringConvertible {
        var description: String { "interrupted" }
    }
}

/// Progress calls gathered from a `@Sendable` closure.
private final class Calls: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [String] = []
    func append(_ call: String) { lock.withLock { calls.append(call) } }
    var all: [String] { lock.withLock { calls } }
}
