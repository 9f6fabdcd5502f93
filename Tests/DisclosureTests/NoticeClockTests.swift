import AQI
import Disclosure
import Formats
import Testing

/// Publicity periods, publication deadlines and statuses, in working days.
@Suite struct NoticeClockTests {
    let calendar = WorkingCalendar.builtin
    func day(_ text: String) -> LocalDate { Fixtures.day(text) }

    func draft(_ text: String) throws -> NoticeDraft { try #require(try Fixtures.drafts(text, file: "n.toml").first) }

    @Test func aProposedApprovalIsInPublicityForFiveWorkingDaysThenEnds() throws {
        // Published on the Friday before the 2025 Spring Festival: Sun 26, Mon 27, Wed 5, Thu 6, Fri 7.
        let notice = Fixtures.notice(try draft(Fixtures.proposedTOML), publishedOn: "2025-01-24")
        let end = try #require(try notice.deadlines(calendar: calendar).first)
        #expect(end.kind == .publicityEnds && end.date == day("2025-02-07") && end.label == "公示期满")
        #expect(end.basis == "拟批准公示5个工作日（环办〔2013〕103号）")
        #expect(try notice.status(on: day("2025-01-24"), calendar: calendar) == .inPublicity)
        #expect(try notice.status(on: day("2025-02-07"), calendar: calendar) == .inPublicity)
        #expect(try notice.status(on: day("2025-02-08"), calendar: calendar) == .publicityEnded)
    }

    @Test func anApprovalIsAnnouncedWithinSevenWorkingDaysOrWarned() throws {
        let text =
            Fixtures.proposedTOML.replacingOccurrences(of: "stage = \"拟批准\"", with: "stage = \"批复\"")
            + "\ndecision_on = 2025-09-26\napproval_number = \"文环审〔2025〕9号\""
        let d = try draft(text)
        // Sun 28, Mon 29, Tue 30, (1–8 October off), Thu 9, Fri 10, Sat 11, Mon 13.
        let due = try #require(try d.content.deadlines(publishedOn: day("2025-10-13"), calendar: calendar).first)
        #expect(due.kind == .publishBy && due.date == day("2025-10-13"))
        #expect(d.review(publishedOn: day("2025-10-13"), calendar: calendar).isEmpty)
        #expect(
            d.review(publishedOn: day("2025-10-14"), calendar: calendar).map(\.description) == [
                "n.toml:1: warning: published on 2025-10-14, after the deadline 2025-10-13: 批复作出后7个工作日内公告（环办〔2013〕103号）"
            ])
        #expect(
            try Fixtures.notice(d, publishedOn: "2025-10-13").status(on: day("2026-01-01"), calendar: calendar)
                == .published)
    }

    static let acceptance = """
        kind = "completion-acceptance"
        project = "某污水处理厂一期工程"
        builder = "文山某水务公司"
        acceptance_report_on = 2026-02-06
        publicity_start = 2026-02-10
        """

    @Test func anAcceptancePublicityLastsTwentyWorkingDaysAcrossTheSpringFestival() throws {
        // 11, 12, 13, Sat 14 (made up), 24, 25, 26, 27, Sat 28 (made up), 2–6 March, 9–13 March, Mon 16.
        let d = try draft(Self.acceptance)
        let notice = Fixtures.notice(d, publishedOn: "2026-02-10")
        let end = try #require(try notice.deadlines(calendar: calendar).first { $0.kind == .publicityEnds })
        #expect(end.date == day("2026-03-16"))
        #expect(try notice.status(on: day("2026-02-09"), calendar: calendar) == .scheduled)
        #expect(try notice.status(on: day("2026-03-16"), calendar: calendar) == .inPublicity)
        #expect(try notice.status(on: day("2026-03-17"), calendar: calendar) == .publicityEnded)
        let short = try draft(Self.acceptance + "\npublicity_end = 2026-03-10")
        #expect(
            short.review(publishedOn: day("2026-02-10"), calendar: calendar).map(\.description) == [
                "n.toml:6: error: \"publicity_end\" 2026-03-10 is too early: the publicity lasts at least 20 working days "
                    + "after 2026-02-10, until 2026-03-16 (国环规环评〔2017〕4号)"
            ])
        // Started more than 5 working days after the report (Mon 9 was the last day): said, not refused.
        let late = try draft(Self.acceptance.replacingOccurrences(of: "2026-02-06", with: "2026-01-30"))
        #expect(
            late.review(publishedOn: day("2026-02-10"), calendar: calendar).map(\.description) == [
                "n.toml:5: warning: the publicity starts on 2026-02-10, after 2026-02-06: 验收报告编制完成后5个工作日内公开（国环规环评〔2017〕4号）"
            ])
    }

    @Test func aDateInAYearWithoutACalendarIsAnErrorNamingTheField() throws {
        let text =
            Fixtures.proposedTOML.replacingOccurrences(of: "stage = \"拟批准\"", with: "stage = \"批复\"")
            .replacingOccurrences(of: "2025-01-06", with: "2024-12-02")
            + "\ndecision_on = 2024-12-27\napproval_number = \"x\""
        #expect(
            try draft(text).review(publishedOn: day("2025-01-06"), calendar: calendar).map(\.description) == [
                "n.toml:10: error: \"decision_on\" 2024-12-27: no holiday calendar for 2024: working days are counted only "
                    + "from the State Council's schedule (add 2024.toml to the calendar directory, as docs/calendar.md shows)"
            ])
    }

    @Test func aWithdrawnNoticeKeepsEverythingAndSaysWhy() throws {
        let penalty = """
            kind = "penalty"
            decision_number = "文环罚〔2025〕3号"
            party = "文山某化工有限公司"
            violation = "超标排放。"
            legal_basis = "《大气污染防治法》第九十九条"
            penalty = "罚款十万元"
            decision_on = 2025-03-03
            """
        var notice = Fixtures.notice(try draft(penalty), publishedOn: "2025-03-05")
        #expect(try notice.status(on: day("2025-05-01"), calendar: calendar) == .published)
        notice.events.append(
            .withdrawn(
                Withdrawal(reason: "复议决定撤销原处罚决定", at: 1, on: day("2025-05-08"), decisionChangedOn: day("2025-05-06"))))
        #expect(try notice.status(on: day("2025-05-08"), calendar: calendar) == .withdrawn)
        let document = try notice.document(on: day("2025-05-08"), calendar: calendar)
        #expect(document.validity == "已撤回" && document.withdrawal?.reason == "复议决定撤销原处罚决定")
        #expect(
            document.fields.map(\.key) == [
                "decision_number", "party", "violation", "legal_basis", "penalty", "decision_on",
            ])
        #expect(document.pagePath == "notices/11532601MB0123456B/2025-00001.html")
        #expect(document.documentNumber == "文环罚〔2025〕3号" && document.generatedOn == day("2025-03-03"))
        let withdrawBy = try #require(document.deadlines.first { $0.kind == .withdrawBy })
        #expect(withdrawBy.date == day("2025-05-09"))
    }
}
