import Foundation
import Postgres
import Testing

/// `notice`, `register` and `report annual` on PostgreSQL (issue 14): the same output and the
/// same site files as on SQLite; two processes adding notices of one organisation at once take
/// distinct, consecutive 索引号.
@Suite(.serialized, .enabled(if: PostgresCluster.enabled, "needs a PostgreSQL cluster: run scripts/test"))
struct PostgresDisclosureTests {
    /// A bureau whose `airbulletin.toml` names the server (its SQLite path stays, unused).
    static func bureau(on url: DatabaseURL) throws -> BureauDirectory {
        let bureau = try BureauDirectory()
        try bureau.write(
            "airbulletin.toml",
            "[paths]\ndatabase = \"var/bureau.sqlite\"\nsite = \"public\"\n\n[database]\nurl = \"\(url.description)\"\n"
        )
        return bureau
    }

    /// The disclosure year of a bureau, command by command (the files of NoticeCommandTests,
    /// RegisterCommandTests and ReportAnnualCommandTests), each at its day.
    static let steps: [(now: String, arguments: [String])] = [
        (NoticeCommandTests.day, ["notice", "add", "notices/2025-01.toml"]),
        (NoticeCommandTests.day, ["notice", "add", "notices/batch.csv"]),
        (
            "2025-02-20T09:30",
            [
                "notice", "withdraw", "11532601MB0123456B/2025-00002", "--reason", "行政复议决定撤销原处罚决定",
                "--changed-on", "2025-02-18",
            ]
        ),
        ("2025-02-20T09:30", ["notice", "list"]),
        (RegisterCommandTests.day, ["register", "add", "register/requests.csv"]),
        (RegisterCommandTests.day, ["register", "add", "register/cases.toml"]),
        (RegisterCommandTests.day, ["register", "add", "register/requests.csv"]),
        (RegisterCommandTests.day, ["register", "list"]),
        (ReportAnnualCommandTests.day, ["report", "annual", "--year", "2025"]),
        (ReportAnnualCommandTests.day, ["notice", "list", "--year", "2025"]),
    ]

    static func writeFiles(_ bureau: BureauDirectory) throws {
        for (file, text) in [
            ("notices/2025-01.toml", NoticeCommandTests.toml), ("notices/batch.csv", NoticeCommandTests.batch),
            ("register/requests.csv", RegisterCommandTests.requests),
            ("register/cases.toml", RegisterCommandTests.cases),
            ("disclosure/2025/annual.toml", ReportAnnualCommandTests.annual),
            ("disclosure/2025/sections.md", ReportAnnualCommandTests.sections),
        ] {
            try bureau.write(file, text)
        }
    }

    /// Every command prints the same lines (the bureau's folder read as `DIR`) with the same exit
    /// code, and leaves byte-identical site files, on SQLite and on PostgreSQL.
    @Test func theDisclosureCommandsOnPostgreSQLPrintAndPublishWhatSQLiteDoes() throws {
        try PostgresCluster.withDatabase { url, connection in
            let sqlite = try BureauDirectory()
            let postgres = try Self.bureau(on: url)
            try Self.writeFiles(sqlite)
            try Self.writeFiles(postgres)
            for step in Self.steps {
                let expected = try sqlite.run(step.arguments, at: step.now)
                let actual = try postgres.run(step.arguments, at: step.now)
                let command = step.arguments.joined(separator: " ")
                #expect(expected.status == 0, "\(command): \(expected.stdout)\(expected.stderr)")
                #expect(actual.status == expected.status, "\(command): \(actual.stderr)")
                #expect(
                    actual.stdout.replacingOccurrences(of: postgres.path, with: "DIR")
                        == expected.stdout.replacingOccurrences(of: sqlite.path, with: "DIR"), "\(command)")
                #expect(actual.stderr == expected.stderr, "\(command)")
                #expect(
                    try CLI.files(under: postgres.url.appendingPathComponent("public"))
                        == CLI.files(under: sqlite.url.appendingPathComponent("public")), "\(command)")
            }
            let site = try CLI.files(under: sqlite.url.appendingPathComponent("public")).keys.sorted()
            #expect(site.contains("reports/2025-annual.html") && site.contains("feed.xml"), "\(site)")
            #expect(site.filter { $0.hasPrefix("notices/") }.count == 5, "\(site)")
            // In the server, and no SQLite file beside the configuration.
            let counts = try connection.execute(
                """
                SELECT (SELECT count(*) FROM notice), (SELECT count(*) FROM notice_event),
                    (SELECT count(*) FROM index_number), (SELECT count(*) FROM disclosure_request),
                    (SELECT count(*) FROM review_case), (SELECT count(*) FROM site_document)
                """
            ).rows
            #expect(counts == [["5", "1", "5", "3", "1", "2"]])
            #expect(!postgres.exists("var"))
        }
    }

    /// Two `notice add` processes of one organisation started at once, each with a file of three
    /// notices: six numbers, 00001 to 00006, each file's three consecutive; both exit 0, and the
    /// site (written by each under the area's publication lock) shows all six.
    @Test func twoNoticeAddsAtOnceTakeDistinctConsecutiveNumbers() throws {
        try PostgresCluster.withDatabase { url, connection in
            let bureau = try Self.bureau(on: url)
            for name in ["a", "b"] {
                try bureau.write(
                    "\(name).toml",
                    (1...3).map { "[[notice]]\nkind = \"news\"\ntitle = \"动态\(name)\($0)\"\nbody = \"正文\"\n" }
                        .joined(separator: "\n"))
            }
            let environment = ["AIRBULLETIN_NOW": NoticeCommandTests.day]
            let launched = ["a", "b"].map {
                CLI.launch(["notice", "add", "\($0).toml"], environment: environment, directory: bureau.url)
            }
            let results = launched.map { $0.wait() }
            var serials: [[Int]] = []
            for result in results {
                let r = try #require(result)
                #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
                #expect(r.siteLine != nil, "\(r.stdout)")
                serials.append(
                    r.stdout.split(separator: "\n").compactMap { line in
                        line.hasPrefix("\(BureauDirectory.organisation)/2025-")
                            ? Int(line.dropFirst(BureauDirectory.organisation.count + 6).prefix(5)) : nil
                    })
            }
            #expect(serials.map(\.count) == [3, 3])
            #expect(serials.flatMap { $0 }.sorted() == Array(1...6))
            for file in serials { #expect(file == (file[0]..<file[0] + 3).map { $0 }) }
            #expect(
                try connection.execute("SELECT serial FROM index_number ORDER BY serial").rows.map { $0[0] }
                    == (1...6).map(String.init))
            let pages = try CLI.files(under: bureau.url.appendingPathComponent("public")).keys.filter {
                $0.hasPrefix("notices/") && $0.hasSuffix(".html")
            }
            #expect(pages.count == 6, "\(pages.sorted())")
        }
    }

    /// The site is written under the publication lock of its area, as a `run` writes it: while
    /// another session holds 532601's lock, `notice add` stores its notice and then, after
    /// `lock_timeout_seconds`, stops with exit 1 without touching the site, naming the holder; once
    /// the lock is free the next publication shows the notice.
    @Test func theSiteWaitsForTheAreasPublicationLock() throws {
        try PostgresCluster.withDatabase { url, connection in
            let bureau = try Self.bureau(on: url)
            try bureau.write(
                "airbulletin.toml", try bureau.read("airbulletin.toml") + "\n[run]\nlock_timeout_seconds = 0\n")
            try bureau.write("a.toml", GlobalOptionsTests.news)
            let holder = try PostgresConnection(url: url)
            try holder.execute("SET application_name = 'airbulletin run --date 2025-01-23 (pid 4242)'")
            // AdvisoryLock.publication(532601): 'airb', 1,000,000 + 532601.
            try holder.execute("SELECT pg_advisory_lock(1634300514, 1532601)")
            let r = try bureau.run(["notice", "add", "a.toml"], at: NoticeCommandTests.day)
            #expect(r.status == 1)
            #expect(r.stdout.hasPrefix("published 1 notice"), "\(r.stdout)")
            #expect(
                r.stderr
                    == BureauDirectory.clock(NoticeCommandTests.day)
                    + "error: the change is stored but the site was not updated (another airbulletin publisher holds "
                    + "the publication lock of 532601 文山市 on the PostgreSQL server at \(url.endpoint) (airbulletin "
                    + "run --date 2025-01-23 (pid 4242)); waited 0 s. Try again when it has finished.); the next "
                    + "`airbulletin run` publishes it\n")
            #expect(!bureau.exists("public"))
            #expect(try connection.execute("SELECT count(*) FROM notice").int64(0, 0) == 1)
            try holder.execute("SELECT pg_advisory_unlock(1634300514, 1532601)")
            let next = try bureau.run(["notice", "add", "a.toml"], at: NoticeCommandTests.day)
            #expect(next.status == 0, "\(next.stderr)")
            let pages = try CLI.files(under: bureau.url.appendingPathComponent("public")).keys
            #expect(pages.filter { $0.hasPrefix("notices/") }.count == 2, "\(pages.sorted())")
        }
    }

    /// An unreachable server: exit 1, naming HOST:PORT and never the password, and no SQLite file.
    @Test func anUnreachableServerFailsNamingIt() throws {
        let bureau = try BureauDirectory()
        try bureau.write(
            "airbulletin.toml",
            "[paths]\ndatabase = \"var/bureau.sqlite\"\nsite = \"public\"\n\n[database]\n"
                + "url = \"postgresql://airbulletin@127.0.0.1:1/yunnan?sslmode=disable\"\n")
        try Self.writeFiles(bureau)
        for arguments in [
            ["notice", "add", "notices/2025-01.toml"], ["notice", "list"], ["register", "add", "register/cases.toml"],
            ["report", "annual", "--year", "2025"],
        ] {
            let r = try CLI.run(
                arguments,
                environment: [
                    "AIRBULLETIN_NOW": NoticeCommandTests.day,
                    "AIRBULLETIN_DATABASE_PASSWORD": PostgresImportTests.password,
                ], directory: bureau.url)
            #expect(r.status == 1, "\(arguments)")
            #expect(r.stdout == "")
            #expect(
                r.stderr
                    == BureauDirectory.clock(NoticeCommandTests.day)
                    + "error: cannot connect to the PostgreSQL server at 127.0.0.1:1: connection to server at "
                    + "\"127.0.0.1\", port 1 failed: Connection refused Is the server running on that host and "
                    + "accepting TCP/IP connections?; check that the server runs there, the [database] url and "
                    + "AIRBULLETIN_DATABASE_PASSWORD\n", "\(arguments)")
            #expect(!r.stderr.contains(PostgresImportTests.password))
        }
        #expect(!bureau.exists("var"))
        #expect(!bureau.exists("public"))
    }
}
