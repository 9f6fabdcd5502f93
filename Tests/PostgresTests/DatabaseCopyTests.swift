import AQI
import Foundation
import Postgres
import Store
import Testing

/// `SQLiteCopy` (`airbulletin db copy`): every table of the SQLite schema, every row, the ids
/// kept and continued.
struct DatabaseCopyTests {
    /// The copy knows every table of the SQLite schema: a table added by a later migration fails
    /// here until the copy copies it (`CopiedTable.all`).
    @Test func copiesEveryTableOfTheSQLiteSchema() throws {
        let tables = try Store.inMemory().withSnapshot { try $0.tableNames() }
        #expect(Set(SQLiteCopy.tableNames) == Set(tables))
        #expect(SQLiteCopy.tableNames.count == tables.count)
    }

    /// Readings with a revision, a fetch log, a run log and site documents (bytes that are no
    /// UTF-8): the same rows in PostgreSQL, and the next import, run or document gets a new id.
    @Test(.enabled(if: TestDatabase.enabled, "needs a PostgreSQL cluster: run scripts/test"))
    func theCopyHoldsEveryRowAndTheIDsGoOn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("airbulletin-copy-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("city.sqlite").path
        let sqlite = try Store(path: path)
        let hour = HourStamp(date: LocalDate(year: 2025, month: 1, day: 15), endingAt: 8)
        let station = StationCode("2610A")!
        func pm25(_ value: Int) -> Reading {
            Reading(
                station: station, pollutant: .pm2_5, hour: hour, value: Concentration(milli: Int32(value * 1000)),
                flag: .normal)
        }
        // Configured first, so 2610A is in two areas (station_area) with coordinates (double precision).
        try sqlite.upsertConfiguredStations([
            StationRecord(
                code: station, name: "州水务局", latitude: 23.3698, longitude: 104.2442, role: .assessment,
                areaCodes: ["532601", "532600"])
        ])
        _ = try sqlite.importReadings([pm25(63)], source: "quotsoft", fetchedAt: Instant(unixSeconds: 1_000))
        _ = try sqlite.importReadings([pm25(70)], source: "correction", fetchedAt: Instant(unixSeconds: 2_000))
        try sqlite.appendFetchLog(
            FetchLogEntry(
                fetchedAt: Instant(unixSeconds: 1_000), source: "quotsoft", url: "file:a.csv", httpStatus: 200,
                bytes: 10,
                durationMilliseconds: 3))
        let run = try sqlite.startRun(
            command: "run", date: LocalDate(year: 2025, month: 1, day: 15), startedAt: Instant(unixSeconds: 3_000))
        try sqlite.finishRun(id: run.id, finishedAt: Instant(unixSeconds: 3_001), outcome: .succeeded, summary: "ok")
        let bytes: [UInt8] = [0x00, 0xFF, 0xFE, 0x0A, 0x22, 0x5C]
        try sqlite.storeSiteDocuments([("a.bin", bytes), ("b.txt", Array("文山".utf8))], at: Instant(unixSeconds: 3_002))

        try TestDatabase.withDatabase(migrated: false) { connection, url in
            let report = try SQLiteCopy(source: sqlite, connection: connection).run()
            #expect(report.committed)
            #expect(report.counts.map(\.table) == SQLiteCopy.tableNames)
            let counts = Dictionary(uniqueKeysWithValues: report.counts.map { ($0.table, $0.copied) })
            #expect(counts["station_hour"] == 1 && counts["station_hour_revision"] == 1 && counts["import_batch"] == 2)
            #expect(counts["site_document"] == 2 && counts["run_log"] == 1 && counts["fetch_log"] == 1)
            #expect(counts["pollutant"] == 6 && counts["reading_flag"] == 12 && counts["station_area"] == 2)
            #expect(
                try connection.execute("SELECT code, name, latitude, longitude, role, origin FROM station").rows
                    == [["2610A", "州水务局", "23.3698", "104.2442", "assessment", "config"]])
            #expect(
                try StationHourDump.of(connection) == StationHourDump.sorted(try StationHourDump.of(sqliteAt: path)))
            #expect(
                try connection.execute("SELECT path, encode(content, 'hex') FROM site_document ORDER BY id").rows
                    == [["a.bin", "00fffe0a225c"], ["b.txt", "e69687e5b1b1"]])
            #expect(
                try connection.execute("SELECT command, date, outcome, summary FROM run_log").rows
                    == [["run", "2025-01-15", "succeeded", "ok"]])

            // The identities go on after the ids copied.
            let postgres = try PostgresStore(url: url)
            let counted = try postgres.importReadings(
                [pm25(75)], source: "later", fetchedAt: Instant(unixSeconds: 4_000))
            #expect(counted == ImportCounts(added: 0, changed: 1, unchanged: 0))
            #expect(try connection.execute("SELECT max(id) FROM import_batch").int64(0, 0) == 3)
            #expect(try connection.execute("SELECT count(*) FROM station_hour_revision").int64(0, 0) == 2)
        }
    }

    /// A database with rows is refused before anything is written, and keeps its rows.
    @Test(.enabled(if: TestDatabase.enabled, "needs a PostgreSQL cluster: run scripts/test"))
    func aDatabaseWithRowsIsRefused() throws {
        let sqlite = try Store.inMemory()
        try TestDatabase.withDatabase { connection, url in
            try connection.execute("INSERT INTO import_batch (source, fetched_at) VALUES ('elsewhere', 1)")
            #expect(
                throws: DatabaseCopyError.targetNotEmpty(
                    database: url.database, endpoint: url.endpoint, tables: ["import_batch": 1])
            ) {
                try SQLiteCopy(source: sqlite, connection: connection).run()
            }
            #expect(try connection.execute("SELECT source FROM import_batch").rows == [["elsewhere"]])
        }
    }
}
