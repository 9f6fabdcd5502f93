import AQI
import Foundation
import Postgres
import Store
import Testing

/// The COPY import stores what the SQLite store stores for the same input: the same current
/// readings, the same revisions, the same counts.
@Suite(.enabled(if: TestDatabase.enabled, "needs a PostgreSQL cluster: run scripts/test"))
struct ReadingImportTests {
    /// Wenshan's stations, a month of daily files: imported, imported again, then changed values
    /// (one value changed, one flag changed, one pollutant given twice with two readings).
    @Test(.enabled(if: SharedYunnanFiles.available, "needs ../shared/data/cnemc_hourly_2025"))
    func wenshanImportGivesTheSQLiteStoresRowsAndCounts() throws {
        let days = try SharedYunnanFiles.dailyReadings(of: SharedYunnanFiles.wenshan)
        #expect(days.count == 31)
        #expect(days.allSatisfy { !$0.isEmpty })
        let changed = Self.changes(of: days[14])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("airbulletin-pg-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.sqlite").path
        let sqlite = try Store(path: path)
        try TestDatabase.withDatabase { _, url in
            let postgres = try PostgresStore(url: url)
            for (n, day) in days.enumerated() {
                let at = Instant(unixSeconds: 1_000 + n)
                let expected = try sqlite.importReadings(day, source: "quotsoft", fetchedAt: at)
                #expect(try postgres.importReadings(day, source: "quotsoft", fetchedAt: at) == expected)
                #expect(expected.added == day.count)
            }
            let first = try StationHourDump.of(postgres.connection)
            #expect(first == StationHourDump.sorted(try StationHourDump.of(sqliteAt: path)))
            // Two stations, 31 days (a few hours of the files hold no reading of either).
            #expect(first.count > 31 * 24 * 2 - 24 && first.allSatisfy { $0.last == "current" })

            // Again: nothing new, not even an import batch.
            let batches = try postgres.connection.execute("SELECT count(*) FROM import_batch").int64(0, 0)
            for day in days {
                let counts = try postgres.importReadings(day, source: "again", fetchedAt: 5_000)
                #expect(counts == ImportCounts(unchanged: day.count))
            }
            #expect(try StationHourDump.of(postgres.connection) == first)
            #expect(try postgres.connection.execute("SELECT count(*) FROM import_batch").int64(0, 0) == batches)

            // Changed values become revisions, in both stores alike.
            let expected = try sqlite.importReadings(changed, source: "correction", fetchedAt: 9_000)
            #expect(expected == ImportCounts(added: 0, changed: 4, unchanged: changed.count - 4))
            #expect(try postgres.importReadings(changed, source: "correction", fetchedAt: 9_000) == expected)
            let after = try StationHourDump.of(postgres.connection)
            #expect(after == StationHourDump.sorted(try StationHourDump.of(sqliteAt: path)))
            // Three station-hours changed; the one with a pollutant given twice got two revisions.
            #expect(after.count == first.count + 4)
            #expect(after.filter { $0[2] == "3" }.count == 1)
        }
    }

    /// A new station and a new station-hour given a pollutant twice: two revisions from the start.
    @Test func aRepeatedPollutantInOneImportKeepsBothReadings() throws {
        let hour = HourStamp(date: LocalDate(year: 2026, month: 12, day: 6), endingAt: 8)
        func pm25(_ value: Int, _ flag: ReadingFlag = .normal) -> Reading {
            Reading(station: StationCode("9999A")!, pollutant: .pm2_5, hour: hour, value: Concentration(milli: Int32(value * 1000)), flag: flag)
        }
        let readings = [pm25(30), pm25(31), pm25(31, .fault)]
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("airbulletin-pg-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.sqlite").path
        let sqlite = try Store(path: path)
        try TestDatabase.withDatabase { _, url in
            let postgres = try PostgresStore(url: url)
            let expected = try sqlite.importReadings(readings, source: "s", fetchedAt: 1)
            #expect(try postgres.importReadings(readings, source: "s", fetchedAt: 1) == expected)
            #expect(try StationHourDump.of(postgres.connection) == StationHourDump.sorted(try StationHourDump.of(sqliteAt: path)))
            // And again over the stored row, twice in one import.
            let more = [pm25(40), pm25(41)]
            #expect(try postgres.importReadings(more, source: "t", fetchedAt: 2) == sqlite.importReadings(more, source: "t", fetchedAt: 2))
            let dump = try StationHourDump.of(postgres.connection)
            #expect(dump == StationHourDump.sorted(try StationHourDump.of(sqliteAt: path)))
            #expect(dump.map { $0[2]! } == ["1", "2", "3", "4", "5"])
        }
    }

    /// The day's readings with one value changed, one flag changed and one pollutant given a
    /// second, different reading after the first changed one.
    static func changes(of day: [Reading]) -> [Reading] {
        var readings = day
        readings[0].value = Concentration(milli: (readings[0].value?.milli ?? 0) + 1_000)
        readings[100].flag = readings[100].flag == .fault ? .normal : .fault
        readings[200].value = Concentration(milli: 999_000)
        var again = readings[200]
        again.value = Concentration(milli: 998_000)
        readings.append(again)
        return readings
    }
}
