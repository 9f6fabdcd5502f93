import AQI
import Store
import Testing

@Suite struct ReadingQueryTests {
    typealias F = ReadingFixtures

    static func seeded() throws -> Store {
        let store = try Store.inMemory()
        // Kunming first: its station id is lower, but queries go by station code.
        _ = try store.importReadings(
            [F.reading(F.kunming, .pm2_5, hour: 0, 30_000), F.reading(F.kunming, .pm2_5, hour: 30, 31_000)],
            source: "k", fetchedAt: 1)
        _ = try store.importReadings(F.day(), source: "w", fetchedAt: 2)
        return store
    }

    @Test func currentReadingsCoverTheStationsAndHoursAsked() throws {
        let store = try Self.seeded()
        let hours = F.firstHour.adding(hours: 2)...F.firstHour.adding(hours: 3)
        let readings = try store.currentReadings(stations: [F.wenshan2, StationCode("9999Z")!], hours: hours)
        let expected = F.day().filter { $0.station == F.wenshan2 && hours.contains($0.hour) }
            .sorted { ($0.hour, $0.pollutant) < ($1.hour, $1.pollutant) }
        #expect(readings == expected)
        #expect(readings.count == 12)
    }

    @Test func theStreamGoesByStationCodeHourPollutantAndRevision() throws {
        let store = try Self.seeded()
        var changed = F.day()[0]
        changed.value = nil
        changed.flag = .calibration
        _ = try store.importReadings([changed], source: "fix", fetchedAt: 3)
        var all: [StoredReading] = []
        try store.forEachReading(hours: F.firstHour...F.firstHour.adding(hours: 100), revisions: .all) {
            all.append($0)
        }
        #expect(all.count == 288 + 2 + 1)
        #expect(all.map(\.reading.station.rawValue) == all.map(\.reading.station.rawValue).sorted())
        #expect(all.first?.reading.station == F.kunming)
        let keys = all.map {
            [
                $0.reading.station.rawValue, "\($0.reading.hour.rawValue)", "\($0.reading.pollutant.rawValue)",
                "\($0.revision)",
            ]
        }
        #expect(
            keys
                == keys.sorted {
                    $0.lexicographicallyPrecedes($1) { a, b in a.count != b.count ? a.count < b.count : a < b }
                })
        let revisions = all.filter {
            $0.reading.station == changed.station && $0.reading.hour == changed.hour
                && $0.reading.pollutant == changed.pollutant
        }
        #expect(revisions.map(\.revision) == [1, 2])
        #expect(revisions.map(\.isCurrent) == [false, true])
        #expect(revisions.last?.reading == changed)

        var current: [StoredReading] = []
        try store.forEachReading(stations: [F.wenshan1], hours: F.dayHours) { current.append($0) }
        #expect(current.count == 144)
        #expect(current.allSatisfy { $0.isCurrent })
        #expect(current.contains { $0.reading == changed })
    }

    struct Stop: Error {}

    /// What the body throws stops the walk and comes back unchanged.
    @Test func theBodysErrorStopsTheStream() throws {
        let store = try Self.seeded()
        var seen = 0
        #expect(throws: Stop.self) {
            try store.forEachReading(hours: F.dayHours) { _ in
                seen += 1
                if seen == 5 { throw Stop() }
            }
        }
        #expect(seen == 5)
    }

    /// The export's lean walk gives the same readings, in the same order, as the full one, and
    /// stops on the body's error the same way.
    @Test func theCurrentValuesWalkMatchesTheFullOne() throws {
        let store = try Self.seeded()
        var full: [Reading] = []
        try store.forEachReading(hours: F.firstHour...F.firstHour.adding(hours: 100)) { full.append($0.reading) }
        var lean: [Reading] = []
        try store.forEachCurrentReading(hours: F.firstHour...F.firstHour.adding(hours: 100)) { lean.append($0) }
        #expect(lean == full)
        #expect(lean.count == 290)
        var seen = 0
        #expect(throws: Stop.self) {
            try store.forEachCurrentReading(hours: F.dayHours) { _ in
                seen += 1
                if seen == 5 { throw Stop() }
            }
        }
        #expect(seen == 5)
    }

    @Test func countsTellReadingsFromRevisions() throws {
        let store = try Self.seeded()
        #expect(try store.readingCounts() == ReadingCounts(readings: 290, revisions: 290))
        var day = F.day()
        day[5].flag = .fault
        day[6].flag = .fault
        _ = try store.importReadings(day, source: "w2", fetchedAt: 9)
        #expect(try store.readingCounts() == ReadingCounts(readings: 290, revisions: 292))
        #expect(try store.readingCounts().description == "290 readings, 292 revisions")
    }

    @Test func anHourOutsideTheYearsOneToNineThousandIsRefused() throws {
        let store = try Store.inMemory()
        var bad = F.reading(F.wenshan1, .co, hour: 0, 1)
        bad.hour = HourStamp(rawValue: Int.max)
        let error = #expect(throws: StoreError.self) {
            try store.importReadings(F.day() + [bad], source: "s", fetchedAt: 1)
        }
        #expect(
            error?.description
                == "the CO reading of 2610A at hour 9223372036854775807 (hours since 1970-01-01 00:00 +08:00) lies "
                + "outside the years 1–9999; nothing was imported (check the source data)")
        #expect(try store.readingCounts() == ReadingCounts(readings: 0, revisions: 0))
    }
}

@Suite struct UnreadableValueTests {
    /// A code this version does not know (written by a newer one, or by hand) is named, not
    /// guessed.
    @Test func aFlagCodeFromANewerVersionIsNamed() throws {
        try withTemporaryStore { store, path in
            _ = try store.importReadings([ReadingFixtures.day()[0]], source: "s", fetchedAt: 1)
            try executeRawSQL(
                "INSERT INTO station_hour (station_id, hour, revision, batch_id, so2, so2_flag) "
                    + "SELECT station_id, hour + 1, 1, batch_id, so2, 42 FROM station_hour",
                atPath: path)
            let error = #expect(throws: StoreError.self) {
                try store.currentReadings(stations: [ReadingFixtures.wenshan1], hours: ReadingFixtures.dayHours)
            }
            #expect(
                error?.description
                    == "the database holds station_hour.so2_flag = 42, which this airbulletin cannot read (written by a newer version?)"
            )
        }
    }
}
