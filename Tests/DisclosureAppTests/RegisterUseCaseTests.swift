import AQI
import App
import Disclosure
import Formats
import Foundation
import Testing

/// `register add` / `register list` and `report annual` against the in-memory store.
@Suite struct RegisterUseCaseTests {
    static let requests = """
        id,applicant,subject,received_on,correction_sent_on,correction_received_on,extended_on,extension_days,answered_on,outcome
        2025-001,自然人,某项目环评批复,2025-09-15,,,,,,
        2025-002,商业企业,处罚决定书,2025-11-03,2025-11-05,2025-11-10,2025-12-05,20,,
        2025-003,法律服务机构,验收报告,2025-03-03,,,,,2025-03-20,3.4
        """

    @Test func aRequestIsRevisedByEnteringItAgainAndListedWithItsDeadline() throws {
        let bureau = Bureau(today: "2025-12-20")
        let first = try RegisterAdd.run(text: Self.requests, file: "r.csv", environment: bureau.environment)
        #expect(first.counts == RegisterSaveCounts(added: 3))
        #expect(first.text == "register: 3 added, 0 revised, 0 unchanged\n")
        let answered = Self.requests.replacingOccurrences(
            of: "2025-001,自然人,某项目环评批复,2025-09-15,,,,,,", with: "2025-001,自然人,某项目环评批复,2025-09-15,,,,,2025-10-16,1")
        let second = try RegisterAdd.run(text: answered, file: "r.csv", environment: bureau.environment)
        #expect(second.counts == RegisterSaveCounts(added: 0, revised: 1, unchanged: 2))
        #expect(
            bureau.repository.requestRevisions(RecordID("2025-001")!).map(\.answeredOn) == [
                nil, LocalDate(iso: "2025-10-16"),
            ])
        let listing = try RegisterList.run(openOnly: false, environment: bureau.environment)
        let lines = listing.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[1].hasPrefix("2025-001  自然人") && lines[1].contains("已答复") && lines[1].contains("2025-10-17"))
        // 2025-002: completed on 10 November → due 8 December; extended by 20 → 6 January 2026.
        #expect(lines[2].contains("已延期") && lines[2].contains("2026-01-06"))
        #expect(lines[3].contains("3.4 4.保护第三方合法权益"))
        #expect(try RegisterList.run(openOnly: true, environment: bureau.environment).split(separator: "\n").count == 2)
    }

    @Test func aLateExtensionIsSaidAndStillStored() throws {
        let bureau = Bureau(today: "2025-12-20")
        let text = "id,applicant,subject,received_on,extended_on,extension_days\nL1,自然人,s,2025-09-15,2025-10-20,10\n"
        let result = try RegisterAdd.run(text: text, file: "r.csv", environment: bureau.environment)
        #expect(
            result.warnings.map(\.description) == [
                "r.csv: warning: request L1: the extension of 2025-10-20 comes after the answer was due on 2025-10-17 (条例 Art. 33)"
            ])
        #expect(try bureau.repository.requests().count == 1)
    }

    @Test func theAnnualReportIsBuiltFromTheStoreAndTheYearsFiles() throws {
        let bureau = Bureau(today: "2026-01-20")
        _ = try RegisterAdd.run(text: Self.requests, file: "r.csv", environment: bureau.on("2025-12-20").environment)
        _ = try NoticeAdd.run(text: proposed, file: "n.toml", environment: bureau.on("2025-01-24").environment)
        bureau.repository.recordBulletins(
            .airQualityDaily, dates: (0..<365).map { LocalDate(year: 2025, month: 1, day: 1).adding(days: $0) })
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("annual-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: UsageError("\(directory.path)/annual.toml: cannot read the file (does it exist?)")) {
            try AnnualReportBuild.run(year: 2025, inputDirectory: directory.path, environment: bureau.environment)
        }
        try """
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
        """.write(to: directory.appendingPathComponent("annual.toml"), atomically: true, encoding: .utf8)
        try "# 五、存在的主要问题及改进情况\n无。\n# 六、其他需要报告的事项\n无。\n".write(
            to: directory.appendingPathComponent("sections.md"), atomically: true, encoding: .utf8)
        let output = try AnnualReportBuild.run(
            year: 2025, inputDirectory: directory.path, environment: bureau.environment)
        #expect(output.report.proactive.penalties == 1 && output.report.proactive.licensing == 0)
        #expect(output.markdown.contains("| 行政规范性文件 | 2 | 1 | 5 |") && output.markdown.contains("| 行政事业性收费 | 1.25 |"))
        #expect(output.markdown.contains("| 一、本年新收政府信息公开申请数量 | 1 | 1 | 0 | 0 | 1 | 0 | 3 |"))
        #expect(output.markdown.contains("| 四、结转下年度继续办理 | 1 | 1 | 0 | 0 | 0 | 0 | 2 |"))
        #expect(output.report.overviewParagraph.contains("全年共主动公开政府信息2条，其中环评审批公示1条、环境行政处罚决定1条。空气质量日报每日发布，全年发布365期。"))
        #expect(output.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        // A bad input file names its line and key.
        try "year = 2024\n[fees]\namount = 1.5\n".write(
            to: directory.appendingPathComponent("annual.toml"), atomically: true, encoding: .utf8)
        do {
            _ = try AnnualReportBuild.run(year: 2025, inputDirectory: directory.path, environment: bureau.environment)
            Issue.record("expected diagnostics")
        } catch let error as Diagnostics {
            let file = directory.appendingPathComponent("annual.toml").path
            #expect(
                error.items.map(\.description) == [
                    "\(file):1: error: the file is for 2024, but the report is for 2025",
                    "\(file): error: missing key \"regulations\" in the top level",
                    "\(file): error: missing key \"normative_documents\" in the top level",
                    "\(file):3: error: \"amount\" must be the amount in 万元 as an integer or a quoted decimal such as \"12.35\"",
                ])
        }
    }

    @Test func aCalendarDirectoryIsReadFromDisk() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try "year = 2027\nsource = \"test\"\n[[holiday]]\nname = \"元旦\"\nfirst = 2027-01-01\n".write(
            to: directory.appendingPathComponent("2027.toml"), atomically: true, encoding: .utf8)
        try "not a calendar".write(
            to: directory.appendingPathComponent("README.txt"), atomically: true, encoding: .utf8)
        let calendar = try WorkingCalendar.load(directory: directory.path)
        #expect(calendar.years == [2018, 2025, 2026, 2027])
        #expect(
            try WorkingCalendar.load(directory: directory.appendingPathComponent("absent").path).years == [
                2018, 2025, 2026,
            ])
    }
}
