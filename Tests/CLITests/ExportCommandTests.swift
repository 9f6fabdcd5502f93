import Formats
import Foundation
import Testing

/// `airbulletin export` over Wenshan's January 2025, published from the bundled sample by the
/// real pipeline (run, file:// upstream).
@Suite(.serialized) struct ExportCommandTests {
    /// One published January shared by the tests.
    static let published: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try! """
        [paths]
        stations = "\(CLI.packageRoot.appendingPathComponent("stations").path)"
        database = "air.sqlite"
        site = "public"

        [site]
        base_url = "https://example.invalid/wenshan/"
        id_authority = "example.invalid,2026"
        areas = ["532601"]
        rehearsal = true

        [run]
        catch_up_days = 31
        fetch_attempts = 1
        """.write(to: dir.appendingPathComponent("airbulletin.toml"), atomically: true, encoding: .utf8)
        let run = try! CLI.run(
            ["--config", "airbulletin.toml", "run", "--date", "2025-01-31"],
            environment: ["AIRBULLETIN_NOW": "2025-02-01T07:10"], directory: dir)
        precondition(run.status == 0, run.stdout + run.stderr)
        return dir
    }()

    func export(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(
            ["--config", "airbulletin.toml", "export", "--from", "2025-01-01", "--to", "2025-01-31"] + arguments,
            directory: Self.published)
    }

    func csv(_ text: String) -> [[String]] { CSVReader(text: text).map(\.fields) }

    @Test func cityDaysAreThe31BulletinsWithTheirNumbers() throws {
        let r = try export(["--level", "city", "--interval", "day"])
        #expect(r.status == 0)
        #expect(r.stderr == "export: 31 rows\n")
        let rows = csv(r.stdout)
        #expect(rows.count == 32)
        #expect(
            rows[0].prefix(12) == [
                "area", "date", "aqi", "level", "category", "primary_pollutants", "so2", "no2", "co", "o3_8h", "pm10",
                "pm2_5",
            ])
        for row in rows.dropFirst() {
            // Each row reads back the day's published bulletin.
            let json = try String(
                contentsOf: Self.published.appendingPathComponent("public/bulletins/2025/\(row[1]).json"),
                encoding: .utf8)
            let city = try JSONReader.parse(json)["city"]!
            #expect(city["aqi"].map { if case .number(let n) = $0 { n } else { "" } } == row[2], "\(row[1])")
        }
        #expect(
            rows[15] == [
                "532601", "2025-01-15", "80", "2", "良", "PM2.5", "7", "18", "0.8", "101", "76", "59",
                "7", "23", "20", "51", "63", "80", "24", "24", "24", "24", "24", "24", "114", "36", "hj633-2012", "1",
            ])
    }

    @Test func theMonthIsOneRowConsistentWithItsDays() throws {
        let month = csv(try export(["--level", "city", "--interval", "month"]).stdout)
        #expect(month.count == 2)
        let days = csv(try export(["--level", "city", "--interval", "day"]).stdout).dropFirst()
        let m = Dictionary(uniqueKeysWithValues: zip(month[0], month[1]))
        #expect(m["days_valid"] == "31" && m["days_monitored"] == "31")
        for level in 1...6 {
            #expect(m["days_level_\(level)"] == String(days.filter { $0[3] == String(level) }.count))
        }
        #expect(m["good_rate"] == "87.1")  // 27 of 31 days 优 or 良
    }

    /// Station × hour: one row per station-hour with any reading, counted here straight from the
    /// sample files (hour 0 of a file is the previous day's 24时).
    @Test func stationHoursAreEveryStationHourWithAReading() throws {
        var expected = Set<String>()
        let sample = CLI.packageRoot.appendingPathComponent("stations/sample")
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path)
        where name.hasPrefix("china_sites_2025") {
            for record in CSVReader(text: try String(contentsOf: sample.appendingPathComponent(name), encoding: .utf8))
                .dropFirst()
            {
                let f = record.fields
                guard ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"].contains(f[2]), f[0] != "20250101" || f[1] != "0"
                else { continue }
                for (station, value) in zip(["2610A", "2611A"], f[3...4]) where !value.isEmpty {
                    expected.insert("\(station) \(f[0]) \(f[1])")
                }
            }
        }
        let r = try export(["--level", "station", "--interval", "hour", "--format", "ndjson"])
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == expected.count)
        #expect(r.stderr == "export: \(expected.count) rows\n")
        #expect(
            lines.first?.hasPrefix(
                "{\"station\":\"2610A\",\"period_start\":\"2025-01-01T00:00:00+08:00\",\"period_end\":\"2025-01-01T01:00:00+08:00\",\"aqi\":"
            ) == true)
    }

    /// Station hours in CSV and NDJSON come from a byte-level formatter; JSON takes the general
    /// writer. All three must carry the same rows, byte for byte where the formats agree.
    @Test func theFastStationHourFormatsMatchTheGeneralWriter() throws {
        let json = try export(["--level", "station", "--interval", "hour", "--format", "json"]).stdout
        let ndjson = try export(["--level", "station", "--interval", "hour", "--format", "ndjson"]).stdout
        let csvText = try export(["--level", "station", "--interval", "hour", "--format", "csv"]).stdout
        #expect(json.hasPrefix("[\n") && json.hasSuffix("\n]\n"))
        let objects = json.dropFirst(2).dropLast(3).components(separatedBy: ",\n")
        let lines = ndjson.split(separator: "\n").map(String.init)
        #expect(objects.count == lines.count && lines.count > 1000)
        #expect(objects == lines)
        let rows = csv(csvText)
        for (row, object) in zip(rows.dropFirst(), objects) {
            guard case .object(let members) = try JSONReader.parse(object) else {
                Issue.record("not an object")
                continue
            }
            let cells = members.map { _, v -> String in
                switch v {
                case .number(let n): n
                case .string(let s): s
                default: ""
                }
            }
            #expect(row == cells)
        }
    }

    @Test func excelGetsABOMAndAFileIsWrittenWhole() throws {
        let out = Self.published.appendingPathComponent("jan.csv")
        let r = try export(["--level", "city", "--interval", "day", "--excel", "--out", out.path])
        #expect(r.status == 0 && r.stdout.isEmpty)
        let bytes = try Data(contentsOf: out)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: Self.published.path).filter { $0.hasSuffix(".part") }
                .isEmpty)
    }

    @Test func badOptionsAreOneLineAndExitTwo() throws {
        let r = try export(["--level", "city", "--interval", "week"])
        #expect(r.status == 2)
        #expect(r.stderr == "error: --interval: expected hour, day or month, found \"week\"\n")
        let revisions = try export(["--level", "city", "--interval", "day", "--revisions", "all"])
        #expect(
            revisions.stderr
                == "error: --revisions all applies to --level station --interval hour (daily and monthly values come from the published bulletins)\n"
        )
    }
}
