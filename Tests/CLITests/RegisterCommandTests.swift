import Foundation
import Testing

/// `airbulletin register add | list` on a real database file (docs/register.md).
@Suite struct RegisterCommandTests {
    static let day = "2025-12-20T10:00"

    static let requests = """
        id,applicant,subject,received_on,correction_sent_on,correction_received_on,extended_on,extension_days,answered_on,outcome
        2025-001,自然人,某项目环评批复,2025-09-15,,,,,,
        2025-002,商业企业,处罚决定书,2025-11-03,2025-11-05,2025-11-10,2025-12-05,20,,
        2025-003,法律服务机构,验收报告,2025-03-03,,,,,2025-03-20,3.4

        """

    static let cases = """
        [[case]]
        id = "文复〔2025〕1号"
        case_type = "reconsideration"
        filed_on = 2025-04-10
        request_id = "2025-003"
        subject = "不服不予公开答复"

        """

    /// A register with three requests and one case, as of 20 December 2025.
    static func registered() throws -> BureauDirectory {
        let bureau = try BureauDirectory()
        try bureau.write("register/requests.csv", requests)
        try bureau.write("register/cases.toml", cases)
        #expect(try bureau.run(["register", "add", "register/requests.csv"], at: day).status == 0)
        #expect(try bureau.run(["register", "add", "register/cases.toml"], at: day).status == 0)
        return bureau
    }

    @Test func addStoresRequestsAndCasesAndListShowsTheirDeadlines() throws {
        let bureau = try BureauDirectory()
        try bureau.write("register/requests.csv", Self.requests)
        try bureau.write("register/cases.toml", Self.cases)
        let added = try bureau.run(["register", "add", "register/requests.csv"], at: Self.day)
        #expect(added.status == 0)
        #expect(added.stdout == "register: 3 added, 0 revised, 0 unchanged\n")
        #expect(added.stderr == BureauDirectory.clock(Self.day))
        #expect(
            try bureau.run(["register", "add", "register/cases.toml"], at: Self.day).stdout
                == "register: 1 added, 0 revised, 0 unchanged\n")
        let list = try bureau.run(["register", "list"], at: Self.day)
        #expect(list.status == 0)
        // 2025-001: 20 working days after 15 September, across the National Day holiday and its
        // make-up days (Sunday 28 September, Saturday 11 October).
        #expect(
            list.stdout
                == [
                    "编号      申请人        收到日期    状态    答复截止    答复日期    办理结果                  申请内容",
                    "2025-001  自然人        2025-09-15  已逾期  2025-10-17                                        某项目环评批复",
                    "2025-002  商业企业      2025-11-03  已延期  2026-01-06                                        处罚决定书",
                    "2025-003  法律服务机构  2025-03-03  已答复  2025-03-31  2025-03-20  3.4 4.保护第三方合法权益  验收报告",
                    "",
                    "编号             类型      立案日期    结果      审结日期",
                    "文复〔2025〕1号  行政复议  2025-04-10  尚未审结  ",
                    "",
                ].joined(separator: "\n"))
    }

    /// Entering a request again records its progress as a new revision; the same file again
    /// changes nothing.
    @Test func enteringARequestAgainRevisesIt() throws {
        let bureau = try Self.registered()
        #expect(
            try bureau.run(["register", "add", "register/requests.csv"], at: Self.day).stdout
                == "register: 0 added, 0 revised, 3 unchanged\n")
        try bureau.write(
            "register/requests.csv",
            Self.requests.replacingOccurrences(
                of: "2025-001,自然人,某项目环评批复,2025-09-15,,,,,,", with: "2025-001,自然人,某项目环评批复,2025-09-15,,,,,2025-10-16,1"))
        #expect(
            try bureau.run(["register", "add", "register/requests.csv"], at: Self.day).stdout
                == "register: 0 added, 1 revised, 2 unchanged\n")
        let open = try bureau.run(["register", "list", "--open"], at: Self.day)
        #expect(
            open.stdout
                == [
                    "编号      申请人    收到日期    状态    答复截止    答复日期  办理结果  申请内容",
                    "2025-002  商业企业  2025-11-03  已延期  2026-01-06                      处罚决定书", "",
                    "编号             类型      立案日期    结果      审结日期", "文复〔2025〕1号  行政复议  2025-04-10  尚未审结  ", "",
                ].joined(separator: "\n"))
    }

    @Test func aBadRegisterFileStoresNothing() throws {
        let bureau = try Self.registered()
        try bureau.write(
            "more.csv",
            """
            id,applicant,subject,received_on
            2025-004,自然人,新申请,2025-12-01
            2025-005,外国人,新申请,2025-12-02

            """)
        let r = try bureau.run(["register", "add", "more.csv"], at: Self.day)
        #expect(r.status == 2)
        #expect(
            r.stderr == BureauDirectory.clock(Self.day)
                + "more.csv:3: error: \"applicant\" (申请人类型) must be one of natural-person, commercial-enterprise, "
                + "research-institution, public-interest-organisation, legal-service-organisation, other-organisation "
                + "(or 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他组织), found \"外国人\"\n")
        #expect(!(try bureau.run(["register", "list"], at: Self.day).stdout.contains("2025-004")))
    }
}
