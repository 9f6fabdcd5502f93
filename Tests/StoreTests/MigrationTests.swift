import AQI
import Foundation
import GRDB
import Store
import Testing

@Suite struct MigrationTests {
    /// Migration names are recorded in every database: a rename would make old databases
    /// migrate again. Never change this list; only append to it.
    @Test func migrationNamesArePinned() throws {
        try withTemporaryStore { _, path in
            let names = try DatabaseQueue(path: path).read { db in
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
            }
            #expect(
                names == [
                    "2026-11-28-1-stations",
                    "2026-11-28-2-readings",
                    "2026-11-28-3-fetch-log",
                    "2026-11-28-4-bulletins",
                    "2026-11-28-5-run-log",
                    "2026-11-28-6-notices",
                    "2026-11-28-7-register",
                    "2026-12-06-8-fetch-log-attempts",
                    "2026-12-06-9-run-log-interrupted",
                    "2026-12-06-10-site-documents",
                    "2026-12-07-1-station-hours",
                ])
        }
    }

    /// The schema the migrations build from an empty file, against a golden file.
    /// Re-record with `AIRBULLETIN_RECORD=1 swift test --filter StoreTests`.
    @Test func migrationsFromEmptyProduceTheExpectedSchema() throws {
        try withTemporaryStore { _, path in
            let schema = try DatabaseQueue(path: path).read { db in
                try Row.fetchAll(
                    db, sql: "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
                )
                .map { row in "-- \(row["type"] as String) \(row["name"] as String)\n\(row["sql"] as String);\n" }
                .joined(separator: "\n")
            }
            try golden.check(schema, "schema.sql")
        }
    }

    @Test func theFileIsInWALModeAndItsDirectoryIsCreated() throws {
        try withTemporaryStore { _, path in
            #expect(FileManager.default.fileExists(atPath: path))
            let mode = try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
            #expect(mode == "wal")
        }
    }

    @Test func reopeningKeepsTheDataAndRunsNoMigrationAgain() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("a.sqlite").path
            let first = try Store(path: path)
            _ = try first.importReadings(ReadingFixtures.day(), source: "test", fetchedAt: 100)
            let before = try dumpDatabase(atPath: path)
            let second = try Store(path: path)
            #expect(try second.readingCounts() == ReadingCounts(readings: 288, revisions: 288))
            #expect(try dumpDatabase(atPath: path) == before)
        }
    }

    @Test func aDatabaseFromANewerVersionIsRefused() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("a.sqlite").path
            _ = try Store(path: path)
            try executeRawSQL("INSERT INTO grdb_migrations (identifier) VALUES ('2099-01-01-1-future')", atPath: path)
            let error = #expect(throws: StoreError.self) { try Store(path: path) }
            #expect(
                error?.description
                    == "the database \(path) was written by a newer airbulletin (unknown migrations: "
                    + "2099-01-01-1-future); upgrade airbulletin before using it")
        }
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndKept() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("notes.txt").path
            let text = String(repeating: "这不是数据库 not a database\n", count: 200)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            let error = #expect(throws: StoreError.self) { try Store(path: path) }
            #expect(error?.description == "\(path) is not an SQLite database (was --db pointed at another file?)")
            #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        }
    }

    @Test func aDirectoryThatCannotBeCreatedIsNamed() throws {
        try withTemporaryDirectory { directory in
            let blocker = directory.appendingPathComponent("var")
            try Data("a file where the directory should be".utf8).write(to: blocker)
            let path = blocker.appendingPathComponent("airbulletin.sqlite").path
            let error = #expect(throws: StoreError.self) { try Store(path: path) }
            #expect(error?.description.hasPrefix("cannot create the database directory \(blocker.path): ") == true)
            #expect(error?.description.hasSuffix("(check the path given with --db and its permissions)") == true)
        }
    }

    /// The lookup tables name every code the store writes, so the database explains itself.
    @Test func everyFlagAndPollutantIsStoredUnderItsNameInTheLookupTables() throws {
        try withTemporaryStore { store, path in
            let readings = ReadingFlag.allCases.enumerated().flatMap { i, flag in
                Pollutant.allCases.map { ReadingFixtures.reading(ReadingFixtures.wenshan1, $0, hour: i, 1000, flag) }
            }
            _ = try store.importReadings(readings, source: "test", fetchedAt: 1)
            let stored = try DatabaseQueue(path: path).read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT r.pollutant, r.flag FROM reading_now AS r JOIN pollutant AS p ON p.label = r.pollutant
                        ORDER BY r.hour, p.code
                        """
                ).map { "\($0[0] as String) \($0[1] as String)" }
            }
            #expect(stored == readings.map { "\($0.pollutant.label) \($0.flag.rawValue)" })
            #expect(
                try store.readingRevisions(station: ReadingFixtures.wenshan1, hours: ReadingFixtures.dayHours).map(
                    \.reading) == readings)
        }
    }
}
