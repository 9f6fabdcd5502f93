import Foundation
import Postgres
import Testing

/// `airbulletin import` on PostgreSQL (issue 14): `[database] url` in the configuration, the
/// password only from AIRBULLETIN_DATABASE_PASSWORD, the same lines printed as for SQLite.
@Suite struct PostgresImportTests {
    static let sample = CLI.packageRoot.appendingPathComponent("stations/sample")
    static let password = "s3cret-n0t-in-any-message"

    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pg-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func sampleFile(_ day: Int) -> String {
        Self.sample.appendingPathComponent("china_sites_202501\(String(format: "%02d", day)).csv").path
    }

    /// A configuration holding only `[database] url`.
    func configuration(in dir: URL, url: String) throws -> URL {
        let file = dir.appendingPathComponent("airbulletin.toml")
        try "[database]\nurl = \"\(url)\"\n".write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    func importing(_ inputs: [String], store: [String], in dir: URL, environment: [String: String] = [:]) throws
        -> CLI.Result
    {
        try CLI.run(
            store + [
                "import", "--format", "cnemc-archive", "--station-list",
                Self.sample.appendingPathComponent("stations.csv").path,
            ] + inputs, environment: environment, directory: dir)
    }

    /// The output without the summary's timing (`… (0.1 s)`), which differs from run to run.
    static func withoutTiming(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").map { line in
            guard let open = line.range(of: " (", options: .backwards), line.hasSuffix(" s)") else {
                return String(line)
            }
            return String(line[..<open.lowerBound])
        }
    }

    /// The same files into SQLite and into PostgreSQL print the same lines, three times: new,
    /// again (nothing new), and with one value changed (one revision).
    @Test(.enabled(if: PostgresCluster.enabled, "needs a PostgreSQL cluster: run scripts/test"))
    func importIntoPostgreSQLPrintsWhatSQLitePrints() throws {
        try PostgresCluster.withDatabase { url, connection in
            let dir = try temporaryDirectory()
            let config = try configuration(in: dir, url: url.description)
            let sqlite = ["--db", dir.appendingPathComponent("air.sqlite").path]
            let postgres = ["--config", config.path]
            var text = try String(contentsOfFile: sampleFile(15), encoding: .utf8)
            text = text.replacingOccurrences(of: "20250115,8,PM2.5,63,65", with: "20250115,8,PM2.5,63,70")
            let changed = dir.appendingPathComponent("china_sites_20250115.csv")
            try text.write(to: changed, atomically: true, encoding: .utf8)
            for (n, files) in [[sampleFile(14), sampleFile(15)], [sampleFile(14), sampleFile(15)], [changed.path]]
                .enumerated()
            {
                let expected = try importing(files, store: sqlite, in: dir)
                let actual = try importing(files, store: postgres, in: dir)
                #expect(expected.status == 0 && actual.status == 0)
                #expect(actual.stderr == expected.stderr)
                #expect(Self.withoutTiming(actual.stdout) == Self.withoutTiming(expected.stdout))
                let summary = Self.withoutTiming(actual.stdout).last ?? ""
                switch n {
                case 0:
                    #expect(summary.hasPrefix("imported 2 files: 555 readings of 2 stations — added 555, changed 0,"))
                case 1:
                    #expect(
                        summary.hasPrefix(
                            "imported 2 files: 555 readings of 2 stations — added 0, changed 0, unchanged 555,"))
                default:
                    #expect(
                        summary.hasPrefix(
                            "imported 1 file: 280 readings of 2 stations — added 0, changed 1, unchanged 279,"))
                }
            }
            // In the server, and no SQLite file beside the configuration.
            #expect(try connection.execute("SELECT count(*) FROM station_hour_revision").int64(0, 0) == 1)
            #expect(try connection.execute("SELECT count(*) FROM import_batch").int64(0, 0) == 3)
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("var").path))
        }
    }

    /// An unreachable server: exit 1 before any input is read (the input named does not exist,
    /// which would be exit 2), naming HOST:PORT and never the password.
    @Test func anUnreachableServerFailsBeforeAnyInputIsRead() throws {
        let dir = try temporaryDirectory()
        let config = try configuration(in: dir, url: "postgresql://airbulletin@127.0.0.1:1/yunnan?sslmode=disable")
        let r = try importing(
            [dir.appendingPathComponent("missing.csv").path], store: ["--config", config.path], in: dir,
            environment: ["AIRBULLETIN_DATABASE_PASSWORD": Self.password])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(
            r.stderr
                == "error: cannot connect to the PostgreSQL server at 127.0.0.1:1: connection to server at \"127.0.0.1\", "
                + "port 1 failed: Connection refused Is the server running on that host and accepting TCP/IP "
                + "connections?; check that the server runs there, the [database] url and AIRBULLETIN_DATABASE_PASSWORD\n"
        )
        #expect(!r.stderr.contains(Self.password))
    }

    /// A password in the URL is refused with the configuration's FILE:LINE, exit 2, and not repeated.
    @Test func aPasswordInTheURLIsRefused() throws {
        let dir = try temporaryDirectory()
        let config = try configuration(in: dir, url: "postgresql://airbulletin:hunter2@db.example.cn:5432/yunnan")
        let r = try importing([sampleFile(14)], store: ["--config", config.path], in: dir)
        #expect(r.status == 2)
        #expect(
            r.stderr
                == "\(config.path):2: error: \"url\": the database URL contains a password: remove it from the URL and "
                + "set the environment variable AIRBULLETIN_DATABASE_PASSWORD instead\n")
        #expect(!r.stderr.contains("hunter2"))
    }

    /// A command not on PostgreSQL yet refuses the configuration's server rather than quietly
    /// using the SQLite file; `--db FILE` chooses SQLite.
    @Test func aCommandNotOnPostgreSQLYetRefusesTheServer() throws {
        let dir = try temporaryDirectory()
        let config = dir.appendingPathComponent("airbulletin.toml")
        try """
        [paths]
        stations = "\(CLI.packageRoot.appendingPathComponent("stations").path)"

        [site]
        areas = ["532601"]
        rehearsal = true

        [database]
        url = "postgresql://airbulletin@db.example.cn:5432/yunnan"

        """.write(to: config, atomically: true, encoding: .utf8)
        let r = try CLI.run(["--config", config.path, "receive"], directory: dir)
        #expect(r.status == 2)
        #expect(
            r.stderr
                == "error: this command does not run on PostgreSQL yet (only airbulletin import, run, republish, "
                + "export, notice, register and report do), and the configuration's [database] url names the server "
                + "at db.example.cn:5432: give --db FILE to use an SQLite database\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("var").path))
        let sqlite = try CLI.run(
            ["--config", config.path, "--db", dir.appendingPathComponent("air.sqlite").path, "register", "list"],
            directory: dir)
        #expect(sqlite.status == 0, "\(sqlite.stderr)")
    }
}

/// The cluster scripts/test starts: a new database on it for each test, dropped afterwards.
enum PostgresCluster {
    static let environment = ProcessInfo.processInfo.environment
    /// As PostgresTests' TestDatabase: on CI a missing cluster fails the tests, never skips them.
    static var enabled: Bool { environment["AIRBULLETIN_TEST_DATABASE_URL"] != nil || environment["CI"] != nil }

    struct Missing: Error, CustomStringConvertible {
        var description: String { "AIRBULLETIN_TEST_DATABASE_URL is not set: run the tests through scripts/test" }
    }

    static func withDatabase(_ body: (DatabaseURL, PostgresConnection) throws -> Void) throws {
        guard let text = environment["AIRBULLETIN_TEST_DATABASE_URL"] else { throw Missing() }
        let admin = try PostgresConnection(url: try DatabaseURL(text))
        let name = "cli_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin.execute("CREATE DATABASE \(name)")
        defer { _ = try? admin.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)") }
        let url = try DatabaseURL(text).with(database: name)
        try body(url, try PostgresConnection(url: url))
    }
}
