import AQI
import Disclosure
import Formats
import Testing

/// 条例 Arts. 30–33: 20 working days, the 补正 restart, the consultation pause, one extension.
@Suite struct RequestClockTests {
    let calendar = WorkingCalendar.builtin
    func day(_ text: String) -> LocalDate { Fixtures.day(text) }

    func request(_ extra: String) throws -> DisclosureRequest {
        let text = """
            [[request]]
            id = "2025-001"
            applicant = "自然人"
            subject = "某项目环评批复"
            received_on = 2025-09-15
            \(extra)
            """
        return try #require(try RegisterFile.parse(text: text, file: "r.toml").requests.first)
    }

    @Test func twentyWorkingDaysFromReceiptAcrossNationalDay() throws {
        // 16–19, 22–26 September, Sun 28 (made up), 29, 30: 12 working days; 9, 10, Sat 11 (made up),
        // 13–17 October: 8 more.
        let clock = try request("").clock(on: day("2025-09-20"), calendar: calendar)
        #expect(clock.answerBy == day("2025-10-17") && clock.status == .inProgress)
        #expect(clock.correctionNoticeBy == day("2025-09-24"))
        #expect(try request("").clock(on: day("2025-10-22"), calendar: calendar).status == .overdue)
    }

    @Test func aCorrectionStopsTheClockAndRestartsItOnTheSupplement() throws {
        let waiting = try request("correction_sent_on = 2025-09-19").clock(on: day("2025-11-30"), calendar: calendar)
        #expect(waiting.status == .awaitingCorrection && waiting.answerBy == nil)
        // Art. 30: counted again from the completed request (Mon 10 November): 20 working days → 8 December.
        let supplemented = try request("correction_sent_on = 2025-09-19\ncorrection_received_on = 2025-11-10")
        let clock = try supplemented.clock(on: day("2025-11-30"), calendar: calendar)
        #expect(clock.answerBy == day("2025-12-08") && clock.status == .inProgress)
    }

    @Test func anExtensionAddsAtMostTwentyWorkingDays() throws {
        let extended = try request(
            "correction_sent_on = 2025-09-19\ncorrection_received_on = 2025-11-10\nextended_on = 2025-12-05\nextension_days = 20"
        )
        let clock = try extended.clock(on: day("2025-12-20"), calendar: calendar)
        // 8 December + 20 working days: 9–12, 15–19, 22–26, 29–31 December (17), New Year 1–3 January off,
        // Sun 4 January 2026 (made up), Mon 5, Tue 6.
        #expect(clock.answerByBeforeExtension == day("2025-12-08"))
        #expect(clock.answerBy == day("2026-01-06") && clock.status == .extended)
        #expect(
            RegisterFileTests.errors(
                "[[request]]\nid = \"x\"\napplicant = \"自然人\"\nsubject = \"s\"\nreceived_on = 2025-01-02\nextended_on = 2025-01-10\nextension_days = 30\n"
            )
                == [
                    "r.toml:7: error: \"extension_days\" (延长工作日数) must be a number of working days from 1 to 20 (条例 Art. 33), found the integer 30"
                ])
    }

    @Test func aThirdPartyConsultationIsNotCounted() throws {
        // Consulted from Fri 19 September to Fri 26 September: 5 working days added to 17 October → 24 October.
        let r = try request("consultation_sent_on = 2025-09-19\nconsultation_replied_on = 2025-09-26")
        #expect(try r.clock(on: day("2025-09-30"), calendar: calendar).answerBy == day("2025-10-24"))
        let pending = try request("consultation_sent_on = 2025-09-19")
        #expect(try pending.clock(on: day("2025-09-30"), calendar: calendar).status == .consulting)
    }

    @Test func anAnswerAfterTheDeadlineIsMarkedLate() throws {
        let r = try request("answered_on = 2025-10-22\noutcome = \"1\"")
        let clock = try r.clock(on: day("2025-12-01"), calendar: calendar)
        #expect(clock.status == .answered && clock.answeredLate)
    }
}

@Suite struct RegisterFileTests {
    static func errors(_ text: String, file: String = "r.toml") -> [String] {
        Fixtures.errors { _ = try RegisterFile.parse(text: text, file: file) }
    }

    @Test func requestsAndCasesFromCSVAndTOML() throws {
        let requests = """
            id,applicant,subject,received_on,answered_on,outcome
            2025-001,natural-person,某项目环评批复,2025-03-03,2025-03-20,1
            2025-002,法律服务机构,处罚决定书,2025-12-20,,
            """
        let entries = try RegisterFile.parse(text: requests, file: "r.csv")
        #expect(entries.requests.map(\.applicant) == [.naturalPerson, .legalServiceOrganisation])
        #expect(entries.requests[0].outcome == RequestOutcome(code: "1"))
        let cases = "id,case_type,filed_on,decided_on,outcome\nF1,reconsideration,2025-04-01,2025-06-01,upheld\n"
        #expect(try RegisterFile.parse(text: cases, file: "c.csv").cases.first?.outcome == .upheld)
    }

    @Test func everyOutcomeLeafOfThe2021TableHasACode() {
        #expect(RequestOutcome.all.count == 21)
        #expect(
            RequestOutcome.codes
                == "1, 2, 3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 3.8, 4.1, 4.2, 4.3, 5.1, 5.2, 5.3, 5.4, 5.5, 6.1, 6.2, 6.3"
        )
        #expect(RequestOutcome(code: "6.1")?.label == "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")
    }

    @Test func registerMistakesAreReported() {
        let text = """
            [[request]]
            id = "../etc"
            applicant = "个人"
            subject = "s"
            received_on = 2025-03-03
            answered_on = 2025-03-01
            outcome = "7"

            [[case]]
            id = "F1"
            case_type = "appeal"
            filed_on = 2025-01-01
            outcome = "upheld"
            """
        #expect(
            Self.errors(text) == [
                "r.toml:2: error: \"id\" (编号) \"../etc\" may not contain / or \\ and may not be . or ..",
                "r.toml:3: error: \"applicant\" (申请人类型) must be one of natural-person, commercial-enterprise, research-institution, "
                    + "public-interest-organisation, legal-service-organisation, other-organisation (or 自然人, 商业企业, 科研机构, "
                    + "社会公益组织, 法律服务机构, 其他组织), found \"个人\"",
                "r.toml:7: error: \"outcome\" (办理结果) must be one of \(RequestOutcome.codes), found \"7\"",
                "r.toml:6: error: \"answered_on\" (答复日期) 2025-03-01 is before \"received_on\" (收到申请日期) 2025-03-03",
                "r.toml:11: error: \"case_type\" (案件类型) must be one of reconsideration, litigation-direct, "
                    + "litigation-after-reconsideration, found \"appeal\"",
                "r.toml:13: error: \"outcome\" (结果) is given without \"decided_on\" (审结日期); give both",
            ])
    }
}
