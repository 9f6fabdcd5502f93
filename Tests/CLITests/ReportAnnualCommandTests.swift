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

    @Test func theReportIsWrittenToTheSiteAndNothingElseIsTouched() throws {
        let bureau = try Self.bureau()
        try bureau.write("public/index.html", "<p>今日空气质量</p>\n")
        try bureau.write("public/reports/2024-annual.md", "去年的报告\n")
        let r = try bureau.run(["report", "annual", "--year", "2025"], at: Self.day)
        #expect(r.status == 0)
        #expect(r.stderr == BureauDirectory.clock(Self.day))
        #expect(
            r.stdout
                == "wrote \(bureau.path)/public/reports/2025-annual.html\nwrote \(bureau.path)/public/reports/2025-annual.md\n"
        )
        try Golden.check(try bureau.read("public/reports/2025-annual.md"), "wenshan-2025-annual.md")
        try Golden.check(try bureau.read("public/reports/2025-annual.html"), "wenshan-2025-annual.html")
        let markdown = try bureau.read("public/reports/2025-annual.md")
        // 一、总体情况 and the tables read back what was published and registered.
        #expect(
            markdown.contains(
                "全年共主动公开政府信息5条，其中环评审批公示1条、竣工环保验收公示1条、环境行政处罚决定1条、行政强制（查封扣押）决定1条、环保动态1条。"))
        #expect(markdown.contains("| 行政处罚 | 1 |") && markdown.contains("| 行政强制 | 1 |"))
        #expect(markdown.contains("| 一、本年新收政府信息公开申请数量 | 1 | 1 | 0 | 0 | 1 | 0 | 3 |"))
        #expect(try bureau.read("public/index.html") == "<p>今日空气质量</p>\n")
        #expect(try bureau.read("public/reports/2024-annual.md") == "去年的报告\n")
        let reports = try FileManager.default.contentsOfDirectory(atPath: "\(bureau.path)/public/reports").sorted()
        #expect(reports == ["2024-annual.md", "2025-annual.html", "2025-annual.md"])
        // Again: the same files, replaced whole.
        #expect(try bureau.run(["report", "annual", "--year", "2025"], at: Self.day).status == 0)
        #expect(try bureau.read("public/reports/2025-annual.md") == markdown)
    }

    @Test func siteAndInputCanBeGiven() throws {
        let bureau = try Self.bureau()
        try bureau.write("elsewhere/annual.toml", Self.annual)
        try bureau.write("elsewhere/sections.md", Self.sections)
        let r = try bureau.run(
            ["--site", "www", "report", "annual", "--year", "2025", "--input", "elsewhere"], at: Self.day)
        #expect(r.status == 0)
        #expect(r.stdout == "wrote www/reports/2025-annual.html\nwrote www/reports/2025-annual.md\n")
        #expect(bureau.exists("www/reports/2025-annual.md") && !bureau.exists("public/reports"))
    }

    /// A site the report cannot be written into fails the job and replaces nothing.
    @Test func aSiteThatCannotBeWrittenFailsTheJob() throws {
        let bureau = try Self.bureau()
        try bureau.write("public/reports", "a file where the reports folder should be\n")
        let r = try bureau.run(["report", "annual", "--year", "2025"], at: Self.day)
        #expect(r.status == 1)
        #expect(r.stdout == "")
        let prefix =
            BureauDirectory.clock(Self.day) + "error: cannot write \(bureau.path)/public/reports/2025-annual.html: "
        #expect(r.stderr.hasPrefix(prefix) && r.stderr.hasSuffix(" (nothing was replaced)\n"), "\(r.stderr)")
        #expect(try bureau.read("public/reports") == "a file where the reports folder should be\n")
        // Nothing else was written beside it: no report, no temporary file.
        let entries = try FileManager.default.contentsOfDirectory(atPath: "\(bureau.path)/public")
        #expect(entries.filter { $0.contains("annual") || $0.hasSuffix(".tmp") || $0.hasPrefix(".") }.isEmpty)
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
