import Foundation
import Postgres
import TestSupport
import Testing

/// `airbulletin run` and `republish` on PostgreSQL (issue 14): the same lines and the same site as
/// on SQLite; many publishers and an import at once against one database, each area's
/// publication serialised by its advisory lock; a dropped connection; an unreachable server.
@Suite(.serialized, .enabled(if: PostgresCluster.enabled, "needs a PostgreSQL cluster: run scripts/test"))
struct PostgresRunTests {
    /// A scenario's output with its folder (named by the site line and the rehearsal warning) as `DIR`.
    func text(_ output: String, of s: RunScenario) -> String {
        output.replacingOccurrences(of: s.directory.path, with: "DIR")
    }

    /// The Wenshan sample, morning run, a second run, a republish and a run the next morning:
    /// the same lines on SQLite and on PostgreSQL, and byte-identical site files after each.
    @Test func theWenshanSampleOnPostgreSQLPrintsAndPublishesWhatSQLiteDoes() throws {
        try PostgresCluster.withDatabase { url, connection in
            let sqlite = try RunScenario()
            let postgres = try RunScenario()
            let config = postgres.directory.appendingPathComponent("airbulletin.toml")
            try (try String(contentsOf: config, encoding: .utf8) + "\n[database]\nurl = \"\(url.description)\"\n")
                .write(to: config, atomically: true, encoding: .utf8)
            let steps: [(now: String, arguments: [String])] = [
                ("2025-01-14T07:10", ["run", "--date", "2025-01-13"]),
                ("2025-01-14T09:10", ["run", "--date", "2025-01-13"]),
                ("2025-01-14T11:00", ["republish", "--date", "2025-01-13", "--reason", "复核", "--operator", "张三"]),
                ("2025-01-15T07:10", ["run"]),
            ]
            for step in steps {
                sqlite.now = step.now
                postgres.now = step.now
                let expected = try sqlite.airbulletin(step.arguments)
                let actual = try postgres.airbulletin(step.arguments)
                #expect(expected.status == 0, "\(expected.stdout)\(expected.stderr)")
                #expect(actual.status == expected.status)
                #expect(text(actual.stdout, of: postgres) == text(expected.stdout, of: sqlite))
                #expect(text(actual.stderr, of: postgres) == text(expected.stderr, of: sqlite))
                #expect(try postgres.siteSnapshot() == sqlite.siteSnapshot())
            }
            #expect(try sqlite.siteSnapshot().count > 20)
            // In the server, and no SQLite file beside the configuration.
            #expect(try connection.execute("SELECT count(*) FROM bulletin").int64(0, 0) == 5)
            #expect(!FileManager.default.fileExists(atPath: postgres.directory.appendingPathComponent("var").path))
        }
    }

    /// What one database holds after the province's morning, for the comparison of two mornings.
    func holdings(_ connection: PostgresConnection) throws -> [[String?]] {
        try connection.execute(
            """
            SELECT (SELECT count(*) FROM station_hour), (SELECT count(*) FROM station_hour_revision),
                (SELECT sum(coalesce(pm2_5, 0) + coalesce(o3, 0)) FROM station_hour),
                (SELECT count(*) FROM bulletin), (SELECT count(*) FROM index_number)
            """
        ).rows
    }

    /// Four publishers of four areas and the provincial import, at once, as separate processes:
    /// every bulletin revision is there, numbered 1 for each area-day, the 索引号 of their one
    /// issuer 00001… without a gap or a repeat, and the readings are what the same commands
    /// store one after the other.
    @Test func fourPublishersAndAnImportAtOnceLoseNothing() throws {
        var sequential: [[String?]] = []
        try PostgresCluster.withDatabase { url, connection in
            let province = try PostgresProvince(url: url)
            let imported = try province.run(config: "publisher-532601.toml", province.importArguments())
            #expect(imported.status == 0, "\(imported.stdout)\(imported.stderr)")
            for area in PostgresProvince.areas {
                let r = try province.run(config: "publisher-\(area).toml", ["run", "--date", "2025-01-13"])
                #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
            }
            sequential = try holdings(connection)
        }
        try PostgresCluster.withDatabase { url, connection in
            let province = try PostgresProvince(url: url)
            let launched =
                PostgresProvince.areas.map { province.launch($0, ["run", "--date", "2025-01-13"]) }
                + [province.launch("532601", province.importArguments())]
            for (n, process) in launched.enumerated() {
                let r = try #require(process.wait())
                #expect(r.status == 0, "process \(n): \(r.stdout)\(r.stderr)")
            }
            let revisions = try connection.execute(
                "SELECT area_code, date, revision FROM bulletin ORDER BY area_code, date, revision"
            ).rows
            #expect(
                revisions
                    == PostgresProvince.areas.flatMap { area in
                        ["2025-01-11", "2025-01-12", "2025-01-13"].map { [area, $0, "1"] }
                    })
            #expect(
                try connection.execute("SELECT serial FROM index_number ORDER BY serial").rows
                    == (1...12).map { [String($0)] })
            #expect(try holdings(connection) == sequential)
            #expect(sequential.first?.first.flatMap { $0.flatMap(Int.init) }.map { $0 > 300 } == true)
            for area in PostgresProvince.areas {
                let site = try province.snapshot("public-\(area)")
                #expect(site.keys.contains("bulletins/2025/2025-01-13.html"), "\(area): \(site.keys.sorted())")
            }
        }
    }

    /// Waits (at most 60 s, a safety net) until some session holds the publication lock of `area`.
    func waitForLock(of area: Int32, _ connection: PostgresConnection) throws {
        for _ in 0..<600 {
            let held = try connection.execute(
                """
                SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
                    AND classid = $1::integer::oid AND objid = $2::integer::oid AND objsubid = 2
                    -- This test's database: other tests hold the same keys in theirs.
                    AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                """, [String(AdvisoryLock.namespace), String(1_000_000 + area)])
            if held.int64(0, 0) == 1 { return }
            usleep(100_000)
        }
        Issue.record("no session took the publication lock of \(area)")
    }

    /// Two publishers of one area at once: the second waits for the first's advisory lock, then
    /// finds the days published; both succeed and every area-day has revision 1 alone.
    @Test func aSecondPublisherOfTheSameAreaWaitsForTheFirst() throws {
        try PostgresCluster.withDatabase { url, connection in
            let province = try PostgresProvince(url: url, delay: .milliseconds(500))
            let first = province.launch("532601", ["run", "--date", "2025-01-13"])
            try waitForLock(of: 532601, connection)
            let second = province.launch("532601", ["run", "--date", "2025-01-13"])
            let a = try #require(first.wait())
            let b = try #require(second.wait())
            #expect(a.status == 0, "\(a.stdout)\(a.stderr)")
            #expect(b.status == 0, "\(b.stdout)\(b.stderr)")
            #expect(a.stdout.contains("2025-01-13 文山市: published revision 1"), "\(a.stdout)")
            #expect(b.stdout.contains("2025-01-13 文山市: already published (revision 1)"), "\(b.stdout)")
            #expect(
                try connection.execute("SELECT date, revision FROM bulletin ORDER BY date").rows
                    == [["2025-01-11", "1"], ["2025-01-12", "1"], ["2025-01-13", "1"]])
        }
    }

    /// A publisher that may not wait (lock_timeout_seconds = 0) says which area is busy, and
    /// who holds it, with exit 1; a publisher of another area does not wait at all.
    @Test func aBusyAreaIsNamedAndAnotherAreaDoesNotWait() throws {
        try PostgresCluster.withDatabase { url, connection in
            let province = try PostgresProvince(url: url, delay: .milliseconds(700), lockTimeoutSeconds: 0)
            let first = province.launch("532601", ["run", "--date", "2025-01-13"])
            try waitForLock(of: 532601, connection)
            let busy = try province.run(config: "publisher-532601.toml", ["run", "--date", "2025-01-13"])
            let other = province.launch("532622", ["run", "--date", "2025-01-13"])
            try waitForLock(of: 532622, connection)
            #expect(busy.status == 1)
            let message =
                "another airbulletin publisher holds the publication lock of 532601 文山市 on the PostgreSQL server at "
                + "\(url.endpoint) (airbulletin run --date 2025-01-13 (pid "
            #expect(busy.stderr.contains("\nerror: " + message), "\(busy.stderr)")
            #expect(busy.stderr.hasSuffix(")); waited 0 s. Try again when it has finished.\n"), "\(busy.stderr)")
            #expect(busy.stdout.hasPrefix("run: not run — " + message), "\(busy.stdout)")
            #expect(try #require(first.wait()).status == 0)
            #expect(try #require(other.wait()).status == 0)
        }
    }

    /// The connection drops in the middle of the transaction that appends the revisions (the
    /// server ends the session at the second revision): exit 1 naming the server, nothing
    /// published, the site untouched; the next run publishes the days, revisions and 索引号
    /// without a gap.
    @Test func aConnectionDroppedMidRunLeavesNothingHalfPublished() throws {
        try PostgresCluster.withDatabase { url, connection in
            let province = try PostgresProvince(url: url)
            try PostgresSchema.migrate(connection)
            try connection.execute(ConnectionDropTrigger.createSQL(onBulletinOf: "2025-01-12"))
            let dropped = try province.run(config: "publisher-532601.toml", ["run", "--date", "2025-01-13"])
            #expect(dropped.status == 1)
            let lost = "the connection to the PostgreSQL server at \(url.endpoint) was lost ("
            #expect(dropped.stderr.contains("\nerror: " + lost), "\(dropped.stderr)")
            #expect(
                dropped.stderr.hasSuffix(
                    "): the transaction was rolled back and nothing of it was stored; run the command again once the "
                        + "server is back\n"), "\(dropped.stderr)")
            #expect(dropped.stdout.hasSuffix("\n") && dropped.stdout.contains("run: failed — " + lost))
            #expect(try connection.execute("SELECT count(*) FROM bulletin").int64(0, 0) == 0)
            #expect(try connection.execute("SELECT count(*) FROM index_number").int64(0, 0) == 0)
            #expect(try province.snapshot("public-532601").isEmpty)

            try connection.execute(ConnectionDropTrigger.dropSQL)
            let next = try province.run(
                config: "publisher-532601.toml", ["run", "--date", "2025-01-13"], now: "2025-01-14T07:20")
            #expect(next.status == 0, "\(next.stdout)\(next.stderr)")
            #expect(
                try connection.execute("SELECT date, revision FROM bulletin ORDER BY date").rows
                    == [["2025-01-11", "1"], ["2025-01-12", "1"], ["2025-01-13", "1"]])
            #expect(
                try connection.execute("SELECT serial FROM index_number ORDER BY serial").rows == [["1"], ["2"], ["3"]])
            #expect(
                try connection.execute("SELECT outcome FROM run_log ORDER BY id").rows == [
                    ["interrupted"], ["succeeded"],
                ])
        }
    }
}

/// Needs no cluster: nothing listens on the port.
@Suite struct UnreachablePublicationServerTests {
    /// An unreachable server: exit 1 before any fetch, naming HOST:PORT and never the password.
    @Test func anUnreachableServerFailsBeforeAnyFetch() throws {
        let s = try RunScenario()
        let config = s.directory.appendingPathComponent("airbulletin.toml")
        try
            (try String(contentsOf: config, encoding: .utf8)
            + "\n[database]\nurl = \"postgresql://airbulletin@127.0.0.1:1/yunnan?sslmode=disable\"\n")
            .write(to: config, atomically: true, encoding: .utf8)
        for arguments in [["run", "--date", "2025-01-13"], ["republish", "--date", "2025-01-13", "--reason", "复核"]] {
            let r = try s.airbulletin(
                arguments, environment: ["AIRBULLETIN_DATABASE_PASSWORD": PostgresImportTests.password])
            #expect(r.status == 1)
            #expect(r.stdout == "")
            #expect(
                r.stderr.hasSuffix(
                    "error: cannot connect to the PostgreSQL server at 127.0.0.1:1: connection to server at \"127.0.0.1\", "
                        + "port 1 failed: Connection refused Is the server running on that host and accepting TCP/IP "
                        + "connections?; check that the server runs there, the [database] url and AIRBULLETIN_DATABASE_PASSWORD\n"
                ),
                "\(r.stderr)")
            #expect(!r.stderr.contains(PostgresImportTests.password))
        }
        #expect(s.server?.requests.isEmpty == true)
    }
}
