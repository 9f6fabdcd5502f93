import AQI
import Foundation
import Postgres
import Store
import Testing

/// The import's store seam (`ReadingsImportTarget`): the PostgreSQL store answers as the SQLite
/// store does, call for call.
@Suite(.enabled(if: TestDatabase.enabled, "needs a PostgreSQL cluster: run scripts/test"))
struct ImportTargetTests {
    static func listed(_ code: String, name: String) -> StationRecord {
        StationRecord(
            code: StationCode(code)!, name: name, city: "文山州", latitude: 23.3695, longitude: 104.2439,
            role: .assessment)
    }

    @Test func stationsFetchLogAndCommittedReadingsAsInSQLite() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("airbulletin-pg-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let sqlite = try Store(path: directory.appendingPathComponent("a.sqlite").path)
        try TestDatabase.withDatabase { connection, url in
            let postgres = try PostgresStore(url: url)
            let stores: [any ReadingsImportTarget] = [sqlite, postgres]
            let hour = HourStamp(date: LocalDate(year: 2026, month: 12, day: 6), endingAt: 8)
            let readings = [
                Reading(
                    station: StationCode("2610A")!, pollutant: .pm2_5, hour: hour, value: Concentration(milli: 35_000),
                    flag: .normal),
                Reading(station: StationCode("9999A")!, pollutant: .so2, hour: hour, value: nil, flag: .fault),
            ]
            let entry = FetchLogEntry(
                fetchedAt: 1_000, source: "cnemc", url: "https://example.cn/a?token=***", httpStatus: 200, bytes: 10,
                durationMilliseconds: 5)
            var answers: [[String]] = []
            for store in stores {
                let first = try store.registerListedStations([Self.listed("2610A", name: "州水务局")])
                let again = try store.registerListedStations([
                    Self.listed("2610A", name: "州水务局"), Self.listed("2611A", name: "市便民服务中心"),
                ])
                try store.withImportSession(checkpoint: nil) { session in
                    try session.importReadings(try GroupedReadings(readings), source: "s", fetchedAt: 1)
                    try session.appendFetchLog(entry)
                }
                let logged = try store.appendFetchLog(entry)
                let current = try store.committedReadings().currentReadings(
                    stations: [StationCode("2610A")!, StationCode("9999A")!, StationCode("0000A")!], hours: hour...hour)
                answers.append(
                    [
                        "\(first)", "\(again)", "\(try store.stationCodes())", "\(current)",
                        "\(logged.id.map { $0 > 0 } ?? false)",
                    ])
            }
            #expect(answers[0] == answers[1])
            #expect(answers[1][1] == "added 1, updated 1, kept as configured 0")
            #expect(answers[1][3].contains("9999A") && answers[1][3].contains("2610A"))
            #expect(
                try connection.execute("SELECT count(*), min(url) FROM fetch_log").rows == [
                    ["2", "https://example.cn/a?token=***"]
                ])
            #expect(
                try connection.execute("SELECT name, city, origin FROM station WHERE code = '2611A'").rows == [
                    ["市便民服务中心", "文山州", "list"]
                ])
        }
    }
}
