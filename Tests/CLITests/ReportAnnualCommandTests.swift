import Foundation
import Testing

/// `airbulletin report annual --year Y`: the 2021-format report from the store and the year's
/// two files, published in the site (docs/annual-report.md).
@Suite struct ReportAnnualCommandTests {
    static let day = "2026-01-20T10:00"

    static let annual = """
        year = 2025
        [regulations]
        issued = 0
        repealed = 0
        in_force = 0
        [normative_documents]
        issued = 2
        repealed = 1
        in_force = 5
        [fees]
        amount = "1.25"

        """

    static let sections = """
        # 五、存在的主要问题及改进情况

        公开内容不够丰富，<b>更新</b>不够及时。

        # 六、其他需要报告的事项

        无。

        """

    /// The notices and the register of the other tests, and the year's two files.
    static func bureau() throws -> BureauDirectory {
        let bureau = try NoticeCommandTests.published()
        for (file, text) in [
            ("register/requests.csv", RegisterCommandTests.requests),
            ("register/cases.toml", RegisterCommandTests.cases),
        ] {
            try bureau.write(file, text)
            #expect(try bureau.run(["register", "add", file], at: RegisterCommandTests.day).status == 0)
        }
        try bureau.write("disclosure/2025/annual.toml", annual)
        try bureau.write("disclosure/2025/sections.md", sections)
        return bureau
    }

    /// The report is one more document of the site's single writer: published with the site, kept
    /// by the store, and carried by every later publication (issue 11, item 1: a notice added after
    /// it used to wipe it off the site).
    @Test func theReportIsPublishedAndStaysThroughLaterPublications() throws {
        let bureau = try Self.bureau()
        let r = try bureau.run(["report", "annual", "--year", "2025"], at: Self.day)
        #expect(r.status == 0)
        #expect(r.stderr == BureauDirectory.clock(Self.day))
        #expect(r.stdout.hasPrefix("site \(bureau.path)/public updated ("), "\(r.stdout)")
        #expect(
            r.stdout.hasSuffix(
                "\nwrote \(bureau.path)/public/reports/2025-annual.html\nwrote \(bureau.path)/public/reports/2025-annual.md\n"))
        try golden.check(try bureau.read("public/reports/2025-annual.md"), "wenshan-2025-annual.md")
        try golden.check(try bureau.read("public/reports/2025-annual.html"), "wenshan-2025-annual.html")
        let markdown = try bureau.read("public/reports/2025-annual.md")
        let html = try bureau.read("public/reports/2025-annual.html")
        // 一、总体情况 and the tables read back what was published and registered.
        #expect(
            markdown.contains(
                "全年共主动公开政府信息5条，其中环评审批公示1条、竣工环保验收公示1条、环境行政处罚决定1条、行政强制（查封扣押）决定1条、环保动态1条。"))
        #expect(markdown.contains("| 行政处罚 | 1 |") && markdown.contains("| 行政强制 | 1 |"))
        #expect(markdown.contains("| 一、本年新收政府信息公开申请数量 | 1 | 1 | 0 | 0 | 1 | 0 | 3 |"))
        // The notice pages published before stay beside it.
        #expect(bureau.exists("public/notices"))

        // A later publication of another kind (a notice) re-renders the site: the report stays, byte for byte.
        try bureau.write("later.toml", GlobalOptionsTests.news)
        let later = try bureau.run(["notice", "add", "later.toml"], at: "2026-01-21T10:00")
        #expect(later.status == 0, "\(later.stdout)\(later.stderr)")
        #expect(try bureau.read("public/reports/2025-annual.md") == markdown)
        #expect(try bureau.read("public/reports/2025-annual.html") == html)

        // Again: the same report, nothing new stored, the same files.
        #expect(try bureau.run(["report", "annual", "--year", "2025"], at: Self.day).status == 0)
        #expect(try bureau.read("public/reports/2025-annual.md") == markdown)
        let reports = try FileManager.default.contentsOfDirectory(atPath: "\(bureau.path)/public/reports").sorted()
        #expect(reports == ["2025-annual.html", "2025-annual.md"])
    }

    @Test func siteAndInputCanBeGiven() throws {
        let bureau = try Self.bureau()
        try bureau.write("elsewhere/annual.toml", Self.annual)
        try bureau.write("elsewhere/sections.md", Self.sections)
        let r = try bureau.run(
            ["--site", "www", "report", "annual", "--year", "2025", "--input", "elsewhere"], at: Self.day)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("site www updated ("))
        #expect(r.stdout.hasSuffix("\nwrote www/reports/2025-annual.html\nwrote www/reports/2025-annual.md\n"))
        #expect(bureau.exists("www/reports/2025-annual.md") && !bureau.exists("public/reports"))
    }

    /// A site folder that cannot be made (its path runs through a file) is a configuration error,
    /// found before anything is stored; a site that fails while it is written fails the job, the
    /// report is stored, and the next publication that can write the site carries it.
    @Test func aSiteThatCannotBeWrittenFailsTheJob() throws {
        let bureau = try Self.bureau()
        try bureau.write("blocked", "a file where the site's parent folder should be\n")
        let r = try bureau.run(["--site", "blocked/public", "report", "annual", "--year", "2025"], at: Self.day)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(
            r.stderr.hasSuffix(
                "error: the site folder blocked/public cannot be created: \(bureau.path)/blocked is a file, not a folder; set [paths] site (or --site) to a folder\n"
            ), "\(r.stderr)")
        #expect(try bureau.read("blocked") == "a file where the site's parent folder should be\n")

        // /proc/self exists, but nothing can be made in it: the write itself fails.
        let failed = try bureau.run(["--site", "/proc/self/public", "report", "annual", "--year", "2025"], at: Self.day)
        #expect(failed.status == 1)
        #expect(
            failed.stderr.hasPrefix(
                BureauDirectory.clock(Self.day) + "error: the change is stored but the site was not updated ("),
            "\(failed.stderr)")
        try bureau.write("later.toml", GlobalOptionsTests.news)
        #expect(try bureau.run(["notice", "add", "later.toml"], at: "2026-01-21T10:00").status == 0)
        #expect(bureau.exists("public/reports/2025-annual.html") && bureau.exists("public/reports/2025-annual.md"))
    }

    @Test func aMissingInputFileWritesNothingAndExitsTwo() throws {
        let bureau = try NoticeCommandTests.published()
        let r = try bureau.run(["report", "annual", "--year", "2025"], at: Self.day)
        #expect(r.status == 2)
        #expect(
            r.stderr == BureauDirectory.clock(Self.day)
                + "error: \(bureau.path)/disclosure/2025/annual.toml: cannot read the file (does it exist?)\n")
        #expect(!bureau.exists("public/reports"))
    }

    /// Last year's report carried a request the register does not have: table 三 cannot
    /// balance, and no file is written.
    @Test func aTableThatDoesNotBalanceWritesNothingAndExitsOne() throws {
        let bureau = try Self.bureau()
        try bureau.write(
            "disclosure/2025/annual.toml",
            Self.annual + "[previous_report_carried_over]\nnatural-person = 1\ncommercial-enterprise = 0\n"
                + "research-institution = 0\npublic-interest-organisation = 0\nlegal-service-organisation = 0\n"
                + "other-organisation = 0\n")
        let r = try bureau.run(["report", "annual", "--year", "2025"], at: Self.day)
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr.hasPrefix(BureauDirectory.clock(Self.day) + "error: table 三 does not balance in column 自然人"))
        #expect(!bureau.exists("public/reports"))
    }
}
