import Foundation
import Testing

/// `airbulletin [--config FILE] [--db FILE] [--site DIR] COMMAND` (ARCHITECTURE.md, CLI
/// contract), and where the disclosure commands take their issuer and clock from.
@Suite struct GlobalOptionsTests {
    static let day = "2025-01-24T10:00"
    static let news = "kind = \"news\"\ntitle = \"动态\"\nbody = \"正文\"\n"

    /// The options may come before the command's name, as the contract writes them, or after it.
    @Test func theOptionsComeBeforeOrAfterTheCommand() throws {
        let bureau = try BureauDirectory()
        try bureau.write("conf/other.toml", "[paths]\nstations = \"../stations\"\ndatabase = \"../var/other.sqlite\"\n")
        try bureau.write("news.toml", Self.news)
        let before = try bureau.run(
            ["--config", "conf/other.toml", "--db", "chosen.sqlite", "notice", "add", "news.toml"], at: Self.day)
        #expect(before.status == 0)
        #expect(before.stderr == BureauDirectory.clock(Self.day))
        #expect(bureau.exists("chosen.sqlite") && !bureau.exists("var"))
        let after = try bureau.run(
            ["notice", "list", "--config", "conf/other.toml", "--db", "chosen.sqlite"], at: Self.day)
        #expect(after.status == 0)
        #expect(after.stdout.contains("11532601MB0123456B/2025-00001  环保动态"))
        let mixed = try bureau.run(
            ["--db", "chosen.sqlite", "notice", "add", "--config", "conf/other.toml", "news.toml"], at: Self.day)
        #expect(mixed.stdout.contains("11532601MB0123456B/2025-00002"))
        // --config alone: its database.
        let configured = try bureau.run(["--config", "conf/other.toml", "notice", "list"], at: Self.day)
        #expect(configured.stdout == "no notices\n")
        #expect(bureau.exists("var/other.sqlite"))
        // Neither: ./airbulletin.toml's database.
        #expect(try bureau.run(["notice", "list"], at: Self.day).stdout == "no notices\n")
        #expect(bureau.exists("var/bureau.sqlite"))
    }

    @Test func theRootHelpShowsTheOptions() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: airbulletin [--config <FILE>] [--db <FILE>] [--site <DIR>] <subcommand>"))
        #expect(r.stdout.contains("  notice  ") && r.stdout.contains("  register  "))
    }

    @Test func areasWithDifferentIssuersNeedArea() throws {
        let bureau = try BureauDirectory()
        try bureau.write(
            "stations/yunnan.toml",
            BureauDirectory.wenshan.replacingOccurrences(of: "11532601MB0123456B", with: "11530000MB1234567N")
                .replacingOccurrences(of: "532601", with: "530100")
                .replacingOccurrences(of: "文山州生态环境局文山分局", with: "云南省生态环境厅")
                .replacingOccurrences(of: "2610A", with: "1001A"))
        try bureau.write("news.toml", Self.news)
        let r = try bureau.run(["notice", "add", "news.toml"], at: Self.day)
        #expect(r.status == 2)
        #expect(
            r.stderr == BureauDirectory.clock(Self.day)
                + "error: the areas in \(bureau.path)/stations have 2 issuers: 文山州生态环境局文山分局 (532601 文山市), "
                + "云南省生态环境厅 (530100 文山市); choose the publishing one with --area CODE\n")
        #expect(!bureau.exists("var"))
        let chosen = try bureau.run(["notice", "add", "--area", "530100", "news.toml"], at: Self.day)
        #expect(chosen.status == 0)
        #expect(chosen.stdout.contains("11530000MB1234567N/2025-00001  环保动态"))
        let unknown = try bureau.run(["notice", "list", "--area", "999999"], at: Self.day)
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr == BureauDirectory.clock(Self.day)
                + "error: --area 999999: no such area in \(bureau.path)/stations (airbulletin stations list shows them)\n"
        )
    }

    /// The shipped placeholder would stamp every 索引号 with zeros, and numbers are never issued
    /// again: nothing is published until the real code is in, unless the configuration declares
    /// a rehearsal (one policy for bulletins, notices and the annual report: PlaceholderPolicy).
    @Test func thePlaceholderOrganisationCodeIsRefused() throws {
        let bureau = try BureauDirectory()
        try bureau.write(
            "stations/wenshan.toml",
            BureauDirectory.wenshan.replacingOccurrences(of: "11532601MB0123456B", with: "000000000000000000"))
        try bureau.write("news.toml", Self.news)
        let r = try bureau.run(["notice", "add", "news.toml"], at: Self.day)
        #expect(r.status == 2)
        #expect(
            r.stderr == BureauDirectory.clock(Self.day)
                + "\(bureau.path)/stations/wenshan.toml:2: error: org_code of 文山州生态环境局文山分局 (文山市) is the placeholder "
                + "000000000000000000: put the bureau's real 统一社会信用代码 there before publishing (every 索引号 begins "
                + "with it and is never issued again); for a rehearsal, set rehearsal = true under [site] in the configuration\n")
        #expect(!bureau.exists("var"))
    }

    @Test func aMistypedOrganisationCodeIsRefused() throws {
        let bureau = try BureauDirectory()
        try bureau.write(
            "stations/wenshan.toml",
            BureauDirectory.wenshan.replacingOccurrences(of: "11532601MB0123456B", with: "11532601MB0123456C"))
        let r = try bureau.run(["register", "list"], at: Self.day)
        #expect(r.status == 2)
        #expect(
            r.stderr.hasSuffix(
                "\(bureau.path)/stations/wenshan.toml: error: org_code 11532601MB0123456C of 文山州生态环境局文山分局 cannot "
                    + "number notices: its check character is C, GB 32100 gives B; correct it in the stations file\n"))
    }

    @Test func aBadClockSettingIsAUsageError() throws {
        let bureau = try BureauDirectory()
        let r = try bureau.run(["notice", "list"], at: "2025-01-24 10:00")
        #expect(r.status == 2)
        #expect(
            r.stderr
                == "error: AIRBULLETIN_NOW=\"2025-01-24 10:00\" is not a time (expected YYYY-MM-DDTHH:MM in China "
                + "Standard Time, e.g. 2025-01-24T10:00); unset it to use the system clock\n")
    }

    @Test func aDatabasePathThatIsNotADatabaseIsAUsageError() throws {
        let bureau = try BureauDirectory()
        try bureau.write("notes.txt", String(repeating: "不是数据库\n", count: 300))
        let r = try bureau.run(["--db", "notes.txt", "notice", "list"], at: Self.day)
        #expect(r.status == 2)
        #expect(
            r.stderr == BureauDirectory.clock(Self.day)
                + "error: notes.txt is not an SQLite database (was --db pointed at another file?)\n")
        #expect(try bureau.read("notes.txt") == String(repeating: "不是数据库\n", count: 300))
    }
}
