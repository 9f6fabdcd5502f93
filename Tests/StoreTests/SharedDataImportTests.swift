import AQI
import Foundation
import Store
import Testing

@Suite(.enabled(if: SharedStationFiles.available, "needs ../shared/data/cnemc_hourly_2025"))
struct SharedDataImportTests {
    /// Every shared station file imported twice: the second pass adds and changes nothing.
    @Test func importingEveryStationFileTwiceLeavesTheSameRows() throws {
        try withTemporaryStore { store, path in
            let files = try SharedStationFiles.all()
            #expect(files.count == 33)
            var first = ImportCounts()
            var codes: Set<StationCode> = []
            for file in files {
                let (readings, problems) = try SharedStationFiles.readings(of: file)
                #expect(problems.isEmpty)
                codes.formUnion(readings.map(\.station))
                let counts = try store.importReadings(readings, source: "cnemc-archive", fetchedAt: 1_000)
                first.added += counts.added
                first.changed += counts.changed
                first.unchanged += counts.unchanged
            }
            let counts = try store.readingCounts()
            // The Yunnan files of Jan 1 and 2 repeat the national files' Yunnan columns.
            #expect(first.changed == 0 && first.unchanged > 0)
            #expect(counts == ReadingCounts(readings: first.added, revisions: first.added))
            // Stations with at least one value; the national files have 2,026 columns.
            #expect(try store.stations().map(\.code) == codes.sorted())
            #expect(codes.count > 1_600)
            let before = try dumpDatabase(atPath: path)

            var second = ImportCounts()
            for file in files {
                let counts = try store.importReadings(
                    try SharedStationFiles.readings(of: file).readings, source: "cnemc-archive", fetchedAt: 2_000)
                second.added += counts.added
                second.changed += counts.changed
                second.unchanged += counts.unchanged
            }
            #expect(second == ImportCounts(unchanged: first.added + first.unchanged))
            #expect(try store.readingCounts() == counts)
            #expect(try dumpDatabase(atPath: path) == before)
            #expect(try integrityCheck(atPath: path) == "ok")
        }
    }

    /// A copy of a file with one value changed adds exactly one revision; the old value stays
    /// readable with its fetch time and source.
    @Test func changingOneValueInACopyAddsExactlyOneRevision() throws {
        try withTemporaryDirectory { directory in
            let store = try Store(path: directory.appendingPathComponent("a.sqlite").path)
            let original = SharedStationFiles.root.appendingPathComponent("yunnan_sites/china_sites_20250115.csv")
            let (readings, _) = try SharedStationFiles.readings(of: original)
            #expect(try store.importReadings(readings, source: "quotsoft", fetchedAt: 1_000).added == readings.count)
            let counts = try store.readingCounts()

            // The 2610A cell of the row 20250115 hour 0 PM10 becomes 999.
            let copy = directory.appendingPathComponent("china_sites_20250115.csv")
            var lines = try String(contentsOf: original, encoding: .utf8).components(separatedBy: "\n")
            let line = try #require(lines.firstIndex { $0.hasPrefix("20250115,0,PM10,") })
            var cells = lines[line].components(separatedBy: ",")
            let column = lines[0].components(separatedBy: ",").firstIndex(of: "2610A")!
            let oldText = cells[column]
            #expect(oldText != "" && oldText != "999")
            cells[column] = "999"
            lines[line] = cells.joined(separator: ",")
            try lines.joined(separator: "\n").write(to: copy, atomically: true, encoding: .utf8)

            let changed = try SharedStationFiles.readings(of: copy).readings
            #expect(
                try store.importReadings(changed, source: "quotsoft-copy", fetchedAt: 2_000)
                    == ImportCounts(changed: 1, unchanged: readings.count - 1))
            #expect(
                try store.readingCounts() == ReadingCounts(readings: counts.readings, revisions: counts.revisions + 1))

            let hour = HourStamp(date: LocalDate(year: 2025, month: 1, day: 15), endingAt: 0)
            let history = try store.readingRevisions(station: StationCode("2610A")!, hours: hour...hour)
                .filter { $0.reading.pollutant == .pm10 }
            #expect(history.map(\.reading.value?.description) == [oldText, "999"])
            #expect(history.map(\.source) == ["quotsoft", "quotsoft-copy"])
            #expect(history.map(\.fetchedAt) == [1_000, 2_000])
            #expect(history.map(\.revision) == [1, 2])
        }
    }

    /// A copy with a bad row: the decoder rejects the row, and nothing already stored changes.
    @Test func rejectedRowsChangeNothingStored() throws {
        try withTemporaryStore { store, path in
            let original = SharedStationFiles.root.appendingPathComponent("yunnan_sites/china_sites_20250120.csv")
            let (readings, _) = try SharedStationFiles.readings(of: original)
            _ = try store.importReadings(readings, source: "quotsoft", fetchedAt: 1_000)
            let before = try dumpDatabase(atPath: path)

            let copy = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("bad.csv")
            var lines = try String(contentsOf: original, encoding: .utf8).components(separatedBy: "\n")
            var cells = lines[2].components(separatedBy: ",")
            #expect(cells[0...2] == ["20250120", "0", "PM2.5"])
            cells[5] = "n/a"
            lines[2] = cells.joined(separator: ",")
            try lines.joined(separator: "\n").write(to: copy, atomically: true, encoding: .utf8)

            let (partial, problems) = try SharedStationFiles.readings(of: copy, named: "bad.csv")
            #expect(problems == ["bad.csv:3: error: column 1451A: \"n/a\" is not a number"])
            let rejected = readings.count - partial.count
            #expect(rejected > 0)
            #expect(
                try store.importReadings(partial, source: "bad", fetchedAt: 2_000)
                    == ImportCounts(unchanged: partial.count))
            #expect(try dumpDatabase(atPath: path) == before)
        }
    }
}
