import Foundation
import Postgres
import Testing

/// `airbulletin db copy --to postgresql://…` (issue 14: moving a city's history in) and
/// `airbulletin export` from the copy: Wenshan's January 2025 published from the bundled sample
/// (run), a corrected value imported (a revision), notices and a withdrawal, register entries.
@Suite(.serialized) struct DatabaseCopyCommandTests {
    /// The bureau's folder, its SQLite database filled by the real commands.
    static let bureau: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("db-copy-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try! WenshanBureauConfiguration.text().write(
            to: dir.appendingPathComponent("airbulletin.toml"), atomically: true, encoding: .utf8)
        func airbulletin(_ arguments: [String], at now: String) {
            let r = try! CLI.run(
                ["--config", "airbulletin.toml"] + arguments, environment: ["AIRBULLETIN_NOW": now], directory: dir)
            precondition(r.status == 0, "\(arguments): " + r.stdout + r.stderr)
        }
        airbulletin(["run", "--date", "2025-01-31"], at: "2025-02-01T07:10")
        // A corrected value: a second revision of one station-hour.
        let sample = CLI.packageRoot.appendingPathComponent("stations/sample")
        var text = try! String(contentsOf: sample.appendingPathComponent("china_sites_20250115.csv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "20250115,8,PM2.5,63,65", with: "20250115,8,PM2.5,63,70")
        try! text.write(to: dir.appendingPathComponent("china_sites_20250115.csv"), atomically: true, encoding: .utf8)
        airbulletin(
            [
                "import", "--format", "cnemc-archive", "--station-list",
                sample.appendingPathComponent("stations.csv").path,
                "china_sites_20250115.csv",
            ], at: "2025-02-01T08:00")
        try! FileManager.default.createDirectory(
            at: dir.appendingPathComponent("notices"), withIntermediateDirectories: true)
        try! NoticeCommandTests.toml.write(
            to: dir.appendingPathComponent("notices/2025-01.toml"), atomically: true, encoding: .utf8)
        try! NoticeCommandTests.batch.write(
            to: dir.appendingPathComponent("notices/batch.csv"), atomically: true, encoding: .utf8)
        airbulletin(["notice", "add", "notices/2025-01.toml"], at: "2025-02-03T10:00")
        airbulletin(["notice", "add", "notices/batch.csv"], at: "2025-02-03T10:00")
        // The run issued 2025-00001 … 00031 to the bulletins: the penalty is the second notice after them.
        airbulletin(
            [
                "notice", "withdraw", "000000000000000000/2025-00033", "--reason", "行政复议决定撤销原处罚决定", "--changed-on",
                "2025-02-18",
            ],
            at: "2025-02-20T09:30")
        try! RegisterCommandTests.requests.write(
            to: dir.appendingPathComponent("requests.csv"), atomically: true, encoding: .utf8)
        try! RegisterCommandTests.cases.write(
            to: dir.appendingPathComponent("cases.toml"), atomically: true, encoding: .utf8)
        airbulletin(["register", "add", "requests.csv"], at: "2025-12-20T10:00")
        airbulletin(["register", "add", "cases.toml"], at: "2025-12-20T10:00")
        return dir
    }()

    var sqlitePath: String { Self.bureau.appendingPathComponent("air.sqlite").path }

    func copy(to url: String, environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(
            ["--config", "airbulletin.toml", "db", "copy", "--to", url], environment: environment,
            directory: Self.bureau)
    }

    /// Rows per table in the SQLite file (sqlite3 from Debian).
    func sqliteCount(_ table: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [sqlitePath, "SELECT count(*) FROM \(table)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    static let tables = [
        "pollutant", "reading_flag", "station", "station_area", "import_batch", "station_hour", "station_hour_revision",
        "fetch_log", "run_log", "bulletin", "site_document", "index_number", "notice", "notice_field", "notice_event",
        "disclosure_request", "review_case",
    ]

    /// Every export the command offers: each level, interval and revisions option, and the formats.
    static let exports: [[String]] = [
        ["--level", "station", "--interval", "hour"],
        ["--level", "station", "--interval", "hour", "--format", "ndjson"],
        ["--level", "station", "--interval", "hour", "--format", "json"],
        ["--level", "station", "--interval", "hour", "--area", "532601", "--excel"],
        ["--level", "station", "--interval", "hour", "--revisions", "all"],
        ["--level", "station", "--interval", "hour", "--revisions", "all", "--format", "ndjson"],
        ["--level", "station", "--interval", "day"],
        ["--level", "station", "--interval", "day", "--format", "json"],
        ["--level", "city", "--interval", "hour"],
        ["--level", "city", "--interval", "hour", "--format", "ndjson"],
        ["--level", "city", "--interval", "day"],
        ["--level", "city", "--interval", "day", "--format", "json"],
        ["--level", "city", "--interval", "month"],
        ["--level", "city", "--interval", "month", "--format", "ndjson"],
    ]

    /// The copy holds every row of every table, the counts say so, and every export from the
    /// copy is the SQLite export byte for byte.
    @Test(.enabled(if: PostgresCluster.enabled, "needs a PostgreSQL cluster: run scripts/test"))
    func theCopyMatchesEveryTableAndExportsTheSameBytes() throws {
        try PostgresCluster.withDatabase { url, connection in
            let r = try copy(to: url.description)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr == "")
            let lines = r.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == Self.tables.count + 2)
            #expect(
                lines.first?.split(separator: " ", omittingEmptySubsequences: true) == [
                    "table", "SQLite", "rows", "copied", "rows", "matching",
                ])
            var total = 0
            for (table, line) in zip(Self.tables, lines.dropFirst()) {
                let count = try sqliteCount(table)
                let postgres = try connection.execute("SELECT count(*) FROM \(table)").int64(0, 0)
                #expect(Int(postgres ?? -1) == count, "\(table)")
                let cells = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                #expect(cells == [table, count.grouped, count.grouped, "yes"], "\(line)")
                // Every table holds rows but two no command writes yet (PostgresTests.DatabaseCopyTests copies them).
                #expect(count > 0 || ["site_document", "station_area"].contains(table), "\(table) is empty")
                total += count
            }
            #expect(
                lines.last == "copied \(sqlitePath) into \(url.database) at \(url.endpoint): 17 tables, "
                    + "\(total.grouped) rows, every count matching")

            let dir = Self.bureau
            let config = dir.appendingPathComponent("postgres-\(url.database).toml")
            try WenshanBureauConfiguration.text(database: url.description).write(
                to: config, atomically: true, encoding: .utf8)
            for arguments in Self.exports {
                let range = ["export", "--from", "2025-01-01", "--to", "2025-01-31"] + arguments
                let sqlite = try CLI.run(["--config", "airbulletin.toml"] + range, directory: dir)
                let postgres = try CLI.run(["--config", config.path] + range, directory: dir)
                #expect(sqlite.status == 0 && postgres.status == 0, "\(arguments): \(postgres.stderr)")
                #expect(sqlite.stderr.hasPrefix("export: ") && !sqlite.stderr.hasPrefix("export: 0 rows"))
                #expect(postgres.stderr == sqlite.stderr, "\(arguments)")
                #expect(postgres.stdout == sqlite.stdout, "\(arguments)")
            }
        }
    }

    /// A database that already holds rows is refused, with exit 1, and keeps what it held.
    @Test(.enabled(if: PostgresCluster.enabled, "needs a PostgreSQL cluster: run scripts/test"))
    func aTargetThatHoldsRowsIsRefusedAndKeepsThem() throws {
        try PostgresCluster.withDatabase { url, connection in
            #expect(try copy(to: url.description).status == 0)
            let before = try connection.execute("SELECT count(*) FROM station_hour").int64(0, 0) ?? 0
            let again = try copy(to: url.description)
            #expect(again.status == 1)
            #expect(again.stdout == "")
            let counts = try [
                "bulletin", "disclosure_request", "fetch_log", "import_batch", "index_number", "notice", "notice_event",
                "notice_field", "review_case", "run_log", "station", "station_hour", "station_hour_revision",
            ].map { "\($0): \(try sqliteCount($0).grouped) rows" }
            #expect(
                again.stderr
                    == "error: the PostgreSQL database \(url.database) at \(url.endpoint) is not empty ("
                    + counts.joined(separator: ", ")
                    + "): db copy writes only into a new, empty database; nothing was copied. Create one "
                    + "(createdb -O ROLE NAME) and give its URL to --to\n")
            #expect(try connection.execute("SELECT count(*) FROM station_hour").int64(0, 0) == before)
        }
    }

    /// The URL may not hold the password: refused before anything is read, exit 2, not repeated.
    @Test func aURLWithAPasswordIsRefused() throws {
        let r = try copy(to: "postgresql://airbulletin:hunter2@db.example.cn:5432/yunnan")
        #expect(r.status == 2)
        #expect(
            r.stderr
                == "error: --to: the database URL contains a password: remove it from the URL and set the environment "
                + "variable AIRBULLETIN_DATABASE_PASSWORD instead\n")
        #expect(!r.stderr.contains("hunter2"))
    }

    /// An export from a server that cannot be reached: exit 1, naming HOST:PORT, nothing on stdout.
    @Test func anExportFromAnUnreachableServerFailsNamingIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("db-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let config = dir.appendingPathComponent("airbulletin.toml")
        try "[database]\nurl = \"postgresql://airbulletin@127.0.0.1:1/yunnan?sslmode=disable\"\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let r = try CLI.run(
            [
                "--config", config.path, "export", "--from", "2025-01-14", "--to", "2025-01-15", "--level", "station",
                "--interval", "hour",
            ], directory: dir)
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(
            r.stderr
                == "error: cannot connect to the PostgreSQL server at 127.0.0.1:1: connection to server at \"127.0.0.1\", "
                + "port 1 failed: Connection refused Is the server running on that host and accepting TCP/IP "
                + "connections?; check that the server runs there, the [database] url and AIRBULLETIN_DATABASE_PASSWORD\n"
        )
    }

    /// A SQLite file that does not exist is not created empty and copied: exit 2.
    @Test func aMissingSQLiteDatabaseIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("db-copy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let r = try CLI.run(
            ["--db", "missing.sqlite", "db", "copy", "--to", "postgresql://airbulletin@127.0.0.1:1/yunnan"],
            directory: dir)
        #expect(r.status == 2)
        #expect(
            r.stderr
                == "error: there is no SQLite database at missing.sqlite to copy: give --db FILE (or [paths] database) "
                + "naming the city's database\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("missing.sqlite").path))
    }
}

extension Int {
    /// `12,345`, as the command prints counts.
    fileprivate var grouped: String {
        let digits = String(self)
        return digits.enumerated().map { n, c in (n > 0 && (digits.count - n) % 3 == 0 ? "," : "") + String(c) }
            .joined()
    }
}
