import AQI
import Foundation
import Postgres
import Store
import Testing

/// Faults during an import (issue 14, "Faults"): whatever stops it, nothing of it is stored.
@Suite(.enabled(if: TestDatabase.enabled, "needs a PostgreSQL cluster: run scripts/test"))
struct ImportFaultTests {
    /// 40 stations × `days` days × 24 hours × 6 pollutants (30 days: 28,800 station-hours, several COPY chunks).
    static func readings(days: Int = 30, value: Int32 = 10_000) -> [Reading] {
        var readings: [Reading] = []
        for station in 0..<40 {
            let code = StationCode(String(format: "%04dA", 8000 + station))!
            for day in 1...days {
                for hour in 1...24 {
                    let stamp = HourStamp(date: LocalDate(year: 2026, month: 11, day: day), endingAt: hour)
                    for pollutant in Pollutant.allCases {
                        readings.append(
                            Reading(
                                station: code, pollutant: pollutant, hour: stamp,
                                value: Concentration(milli: value + Int32(day * 100 + hour)), flag: .normal))
                    }
                }
            }
        }
        return readings
    }

    @Test func aCheckpointThatThrowsStoresNothingOfTheImport() throws {
        try TestDatabase.withDatabase { connection, url in
            let store = try PostgresStore(url: url)
            _ = try store.importReadings(Self.readings(days: 2), source: "first", fetchedAt: 1)
            let before = try StationHourDump.of(connection)
            struct Stop: Error {}
            let error = #expect(throws: StoreError.self) {
                try store.importReadings(
                    Self.readings(value: 20_000), source: "second", fetchedAt: 2,
                    checkpoint: ImportCheckpoint(every: 10_000) { _ in throw Stop() })
            }
            guard case .importInterrupted(rows: 10_000, _) = error else {
                Issue.record("not an interrupted import: \(String(describing: error))")
                return
            }
            #expect(try StationHourDump.of(connection) == before)
            #expect(try connection.execute("SELECT source FROM import_batch").rows == [["first"]])
            #expect(try connection.execute("SELECT count(*) FROM station").int64(0, 0) == 40)
        }
    }

    /// The server restarts (pg_ctl restart -m fast) in the middle of the COPY: the import fails
    /// saying the connection to HOST:PORT was lost, and nothing of it is stored. On a cluster of
    /// its own, so that the restart breaks no other test's connection.
    @Test func theServerRestartingMidCopyStoresNothingAndSaysSo() throws {
        try OwnCluster.with { cluster in
            let store = try PostgresStore(url: cluster.url, environment: cluster.environment)
            _ = try store.importReadings(Self.readings(days: 2), source: "first", fetchedAt: 1)
            let before = try StationHourDump.of(store.connection)
            let outcome = try BoundedWait.run("the import through a server restart") {
                var restarted = false
                do {
                    _ = try store.importReadings(
                        Self.readings(value: 20_000), source: "second", fetchedAt: 2,
                        checkpoint: ImportCheckpoint(every: 5_000) { _ in
                            guard !restarted else { return }
                            restarted = true
                            try cluster.restart()
                        })
                    return (restarted, nil as (any Error)?)
                } catch {
                    return (restarted, error)
                }
            }
            #expect(outcome.0, "the checkpoint never restarted the server")
            guard let error = outcome.1 else {
                Issue.record("the import went through a server restart")
                return
            }
            guard let error = error as? PostgresError, case .connectionLost(let endpoint, _) = error else {
                Issue.record("not a lost connection: \(error)")
                return
            }
            #expect(endpoint == cluster.url.endpoint)
            #expect(
                error.description.hasPrefix(
                    "the connection to the PostgreSQL server at \(cluster.url.endpoint) was lost ("))
            #expect(
                error.description.hasSuffix(
                    "): the transaction was rolled back and nothing of it was stored; run the command again once the server is back"
                ))
            #expect(!error.description.contains(cluster.password))
            let again = try PostgresStore(url: cluster.url, environment: cluster.environment)
            #expect(try StationHourDump.of(again.connection) == before)
            #expect(try again.connection.execute("SELECT source FROM import_batch").rows == [["first"]])
        }
    }
}
