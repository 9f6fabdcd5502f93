import AQI
import Foundation
import Store
import Testing

@Suite struct ReadingImportTests {
    typealias F = ReadingFixtures

    @Test func newKeysBecomeRevisionOneAndAnIdenticalImportChangesNothing() throws {
        try withTemporaryStore { store, path in
            let day = F.day()
            #expect(try store.importReadings(day, source: "cnemc", fetchedAt: 1_000) == ImportCounts(added: 288))
            let before = try dumpDatabase(atPath: path)
            #expect(
                try store.importReadings(day, source: "cnemc-again", fetchedAt: 2_000)
                    == ImportCounts(unchanged: 288))
            #expect(try dumpDatabase(atPath: path) == before)
            #expect(try store.readingCounts() == ReadingCounts(readings: 288, revisions: 288))
            // Every value comes back as it went in (multi-row and single inserts alike).
            let byKey = day.sorted { ($0.station, $0.hour, $0.pollutant) < ($1.station, $1.hour, $1.pollutant) }
            #expect(try store.currentReadings(stations: [F.wenshan2, F.wenshan1], hours: F.dayHours) == byKey)
            let stored = try store.readingRevisions(station: F.wenshan1, hours: F.dayHours)
            #expect(stored.count == 144)
            #expect(
                stored.allSatisfy { $0.revision == 1 && $0.isCurrent && $0.source == "cnemc" && $0.fetchedAt == 1_000 })
        }
    }

    @Test func aChangedValueAddsExactlyOneRevisionAndTheOldOneStaysReadable() throws {
        try withTemporaryStore { store, _ in
            var day = F.day()
            _ = try store.importReadings(day, source: "cnemc", fetchedAt: 1_000)
            let i = day.firstIndex {
                $0.station == F.wenshan2 && $0.pollutant == .pm2_5 && $0.hour == F.firstHour.adding(hours: 7)
            }!
            let old = day[i]
            day[i].value = Concentration(milli: 36_000)
            #expect(
                try store.importReadings(day, source: "cnemc-correction", fetchedAt: 5_000)
                    == ImportCounts(changed: 1, unchanged: 287))
            #expect(try store.readingCounts() == ReadingCounts(readings: 288, revisions: 289))
            let history = try store.readingRevisions(station: F.wenshan2, hours: old.hour...old.hour)
                .filter { $0.reading.pollutant == .pm2_5 }
            #expect(
                history == [
                    StoredReading(reading: old, revision: 1, source: "cnemc", fetchedAt: 1_000, isCurrent: false),
                    StoredReading(
                        reading: day[i], revision: 2, source: "cnemc-correction", fetchedAt: 5_000, isCurrent: true),
                ])
            #expect(try store.currentReadings(stations: [F.wenshan2], hours: old.hour...old.hour).contains(day[i]))
        }
    }

    @Test func aChangedFlagIsARevisionAndAFlagMayComeWithoutAValue() throws {
        try withTemporaryStore { store, _ in
            let normal = F.reading(F.wenshan1, .o3, hour: 3, 80_000)
            let maintenance = F.reading(F.wenshan1, .o3, hour: 3, 80_000, .maintenance)
            let stopped = F.reading(F.wenshan1, .o3, hour: 3, nil, .stopped)
            #expect(try store.importReadings([normal], source: "a", fetchedAt: 1) == ImportCounts(added: 1))
            #expect(try store.importReadings([maintenance], source: "b", fetchedAt: 2) == ImportCounts(changed: 1))
            #expect(try store.importReadings([stopped], source: "c", fetchedAt: 3) == ImportCounts(changed: 1))
            #expect(try store.importReadings([stopped], source: "d", fetchedAt: 4) == ImportCounts(unchanged: 1))
            let history = try store.readingRevisions(station: F.wenshan1, hours: normal.hour...normal.hour)
            #expect(history.map(\.reading) == [normal, maintenance, stopped])
            #expect(history.map(\.revision) == [1, 2, 3])
            #expect(history.map(\.source) == ["a", "b", "c"])
            #expect(history.map(\.isCurrent) == [false, false, true])
        }
    }

    /// One import behaves as the same readings imported one at a time, in order.
    @Test func repeatedKeysInOneImportAreAppliedInOrder() throws {
        try withTemporaryStore { store, _ throws in
            let a = F.reading(F.kunming, .pm10, hour: 0, 50_000)
            let b = F.reading(F.kunming, .pm10, hour: 0, 55_000)
            let other = F.reading(F.kunming, .pm10, hour: 1, 40_000)
            #expect(
                try store.importReadings([a, other, a, b, b], source: "s", fetchedAt: 9)
                    == ImportCounts(added: 2, changed: 1, unchanged: 2))
            #expect(
                try store.readingRevisions(station: F.kunming, hours: a.hour...other.hour).map(\.reading) == [
                    a, b, other,
                ])
        }
    }

    @Test func theOrderOfTheInputDoesNotMatter() throws {
        func everything(_ readings: [Reading]) throws -> [StoredReading] {
            let store = try Store.inMemory()
            _ = try store.importReadings(readings, source: "s", fetchedAt: 1)
            var all: [StoredReading] = []
            try store.forEachReading(hours: F.dayHours, revisions: .all) { all.append($0) }
            return all
        }
        let forward = try everything(F.day())
        #expect(forward.count == 288)
        #expect(try everything(F.day().reversed()) == forward)
        #expect(try everything(F.day().shuffled()) == forward)
    }

    @Test func unknownStationsAreRegisteredByCode() throws {
        try withTemporaryStore { store, _ in
            _ = try store.importReadings([F.reading(F.kunming, .co, hour: 0, 900)], source: "s", fetchedAt: 1)
            let station = try #require(try store.station(F.kunming))
            #expect(station.origin == .readings)
            #expect(station.name == nil && station.role == nil && station.areaCodes.isEmpty)
        }
    }

    @Test func anImportWithNoSourceIsRefused() throws {
        try withTemporaryStore { store, _ throws in
            let error = #expect(throws: StoreError.self) {
                try store.importReadings(F.day(), source: "", fetchedAt: 1)
            }
            #expect(error?.description == "the import's source id must not be empty")
            #expect(try store.readingCounts() == ReadingCounts(readings: 0, revisions: 0))
        }
    }

    // MARK: - Faults

    struct InjectedFault: Error, CustomStringConvertible {
        var description: String { "injected fault" }
    }

    /// A failure inside an import, after new rows, revisions and a new station were written,
    /// leaves every table exactly as it was.
    @Test func aFaultInsideAnImportLeavesTheDatabaseExactlyAsBefore() throws {
        try withTemporaryStore { store, path in
            _ = try store.importReadings(F.day(), source: "first", fetchedAt: 1_000)
            let before = try dumpDatabase(atPath: path)
            var changed = F.day().map { reading in
                var r = reading
                r.value = r.value.map { Concentration(milli: $0.milli + 1) }
                return r
            }
            changed += (0..<24).map { F.reading(F.kunming, .so2, hour: $0, 7_000) }
            var calls: [Int] = []
            let error = #expect(throws: StoreError.self) {
                try store.importReadings(
                    changed, source: "second", fetchedAt: 2_000,
                    // Rows are station-hours: each of the 48 changed ones writes two (the kept and the new).
                    checkpoint: ImportCheckpoint(every: 20) { rows in
                        calls.append(rows)
                        if rows >= 60 { throw InjectedFault() }
                    })
            }
            #expect(calls == [20, 40, 60])
            #expect(
                error?.description
                    == "the import stopped after 60 rows and was rolled back, nothing was stored: injected fault")
            #expect(try dumpDatabase(atPath: path) == before)
            #expect(try integrityCheck(atPath: path) == "ok")
            #expect(try store.station(F.kunming) == nil)
            // The store still works, and the same import now goes through.
            #expect(
                try store.importReadings(changed, source: "second", fetchedAt: 2_000)
                    == ImportCounts(added: 24, changed: 288))
        }
    }

    /// What a power cut in the middle of an import leaves on disk: the files copied at that
    /// moment open as the database before the import.
    @Test func theFilesOnDiskMidImportHoldTheDatabaseAsBefore() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("live.sqlite").path
            let store = try Store(path: path)
            _ = try store.importReadings(F.day(), source: "first", fetchedAt: 1_000)
            let before = try dumpDatabase(atPath: path)
            let copy = directory.appendingPathComponent("crash")
            try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
            let bigger = (0..<2_000).flatMap { hour in
                Pollutant.allCases.map { F.reading(F.kunming, $0, hour: hour, Int32(hour)) }
            }
            _ = try? store.importReadings(
                bigger, source: "second", fetchedAt: 2_000,
                checkpoint: ImportCheckpoint(every: 1_000) { _ in
                    for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: path + suffix) {
                        try FileManager.default.copyItem(
                            atPath: path + suffix, toPath: copy.appendingPathComponent("live.sqlite" + suffix).path)
                    }
                    throw InjectedFault()
                })
            let crashed = copy.appendingPathComponent("live.sqlite").path
            #expect(try dumpDatabase(atPath: crashed) == before)
            #expect(try integrityCheck(atPath: crashed) == "ok")
        }
    }

    /// The database itself refuses to delete a reading or to change one without keeping it.
    @Test func theDatabaseRefusesToLoseAReading() throws {
        try withTemporaryStore { store, path in
            _ = try store.importReadings(F.day(), source: "s", fetchedAt: 1)
            let before = try dumpDatabase(atPath: path)
            for (sql, message) in [
                ("DELETE FROM station_hour", "readings are never deleted"),
                (
                    "UPDATE station_hour SET pm2_5 = 0",
                    "a station-hour changes only by a new revision, the old one kept in station_hour_revision"
                ),
                (
                    // The old row kept, but the current one not moved on to the next revision.
                    "INSERT INTO station_hour_revision SELECT * FROM station_hour; UPDATE station_hour SET pm2_5 = 0",
                    "a station-hour changes only by a new revision, the old one kept in station_hour_revision"
                ),
            ] {
                let error = #expect(throws: (any Error).self) { try executeRawSQL(sql, atPath: path) }
                #expect("\(error!)".contains(message))
            }
            #expect(try dumpDatabase(atPath: path) == before)
        }
    }
}
