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
        try! WenshanBureauConfiguration.text().write(
            to: dir.appendingPathComponent("airbulletin.toml"), atomically: true, encoding: .utf8)
        let run = try! CLI.run(
            ["--config", "airbulletin.toml", "run", "--date", "2025-01-31"],
            environment: ["AIRBULLETIN_NOW": "2025-02-01T07:10"], directory: dir)
        precondition(run.status == 0, run.stdout + run.stderr)
        return dir
    }()

    static func exportArguments(_ arguments: [String]) -> [String] {
        ["--config", "airbulletin.toml", "export", "--from", "2025-01-01", "--to", "2025-01-31"] + arguments
    }

    func export(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(Self.exportArguments(arguments), directory: Self.published)
    }

    /// Runs `executable` (a shell, a tracer) in the published folder; its status and stderr.
    func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = Self.published
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errors, as: UTF8.self))
    }

    /// A new, empty folder for one test's --out files.
    func outFolder() throws -> URL {
        let folder = Self.published.appendingPathComponent("out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    func entries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
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

    /// The disk fills midway (a file size limit of 50 KiB, under the station rows' 140 KiB): the
    /// previous file keeps its bytes and nothing is left beside it.
    @Test func anExportThatFailsMidwayLeavesThePreviousFile() throws {
        let folder = try outFolder()
        let out = folder.appendingPathComponent("hours.csv")
        try Data("previous\n".utf8).write(to: out)
        // SIGXFSZ ignored, so that write(2) fails with EFBIG instead of the process being killed.
        let limited = "trap '' XFSZ; ulimit -f 100; exec \"$0\" \"$@\""
        let r = try run(
            "/bin/sh",
            ["-c", limited, CLI.binary.path]
                + Self.exportArguments(["--level", "station", "--interval", "hour", "--out", out.path]))
        #expect(r.status == 1)
        #expect(r.stderr == "error: cannot write \(out.path): File too large\n")
        #expect(try Data(contentsOf: out) == Data("previous\n".utf8))
        #expect(try entries(folder) == ["hours.csv"])
    }

    /// --out names a folder: the rename cannot replace it, so it stays as it was.
    @Test func anOutThatIsAFolderIsLeftAsItWas() throws {
        let folder = try outFolder()
        let taken = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(
            at: taken.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let r = try export(["--level", "city", "--interval", "day", "--out", taken.path])
        #expect(r.status == 2)
        #expect(r.stderr == "error: --out: cannot move the export into place at \(taken.path)\n")
        #expect(try entries(folder) == ["taken"])
        #expect(try entries(taken) == ["inside"])
    }

    /// The data is on disk before the new name points at it, and the rename is on disk before
    /// the command says it wrote the file: fsync(file) → rename → fsync(folder), as strace sees it.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace")))
    func theFileIsFlushedBeforeTheRenameAndItsFolderAfter() throws {
        let folder = try outFolder()
        let out = folder.appendingPathComponent("jan.csv")
        let trace = folder.appendingPathComponent("trace").path
        let r = try run(
            "/usr/bin/strace",
            ["-f", "-o", trace, "-e", "trace=open,openat,fsync,rename,renameat,renameat2", CLI.binary.path]
                + Self.exportArguments(["--level", "city", "--interval", "day", "--out", out.path]))
        #expect(r.status == 0)
        let lines = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n").map(String.init)
        /// The first line from `start` on with all of `parts`, and what its call returned.
        func find(from start: Int, _ parts: String...) throws -> (index: Int, result: String) {
            let index = try #require(
                lines.indices.dropFirst(start).first { i in parts.allSatisfy { lines[i].contains($0) } },
                "no call with \(parts) after line \(start) of\n\(lines.joined(separator: "\n"))")
            return (index, lines[index].components(separatedBy: " = ").last ?? "")
        }
        let temporary = try find(from: 0, "open", "\(folder.path)/.jan.csv.", ".part\"", "O_CREAT")
        let fileSync = try find(from: temporary.index, "fsync(\(temporary.result))", "= 0")
        let rename = try find(from: fileSync.index, "rename", "\"\(out.path)\"", "= 0")
        let folderOpen = try find(from: rename.index, "open", "\"\(folder.path)\"", "O_DIRECTORY")
        _ = try find(from: folderOpen.index, "fsync(\(folderOpen.result))", "= 0")
    }
}
