import AQI
import Disclosure
import Formats
import Identity
import Testing

/// Reading notice files: one TOML notice, `[[notice]]` tables, CSV batches, and the exact
/// messages of every kind of mistake.
@Suite struct NoticeFileTests {
    func errors(_ text: String, file: String) -> [String] {
        Fixtures.errors { _ = try NoticeFile.parse(text: text, file: file) }
    }

    @Test func aTOMLFileHoldsOneNoticeWithADefaultTitle() throws {
        let drafts = try Fixtures.drafts(Fixtures.proposedTOML, file: "n.toml")
        #expect(drafts.count == 1)
        let draft = try #require(drafts.first)
        #expect(draft.title == "文山市某水泥厂技改项目环境影响报告表拟批准公示")
        guard case .eiaApproval(let e) = draft.content else {
            Issue.record("not an eia-approval")
            return
        }
        #expect(e.stage == .proposed && e.documentType == .reportForm && e.receivedOn == Fixtures.day("2025-01-06"))
        #expect(draft.line == 1)
    }

    @Test func tablesHoldSeveralNoticesOfMixedKinds() throws {
        let text = """
            [[notice]]
            kind = "penalty"
            decision_number = "文环罚〔2025〕3号"
            party = "文山某化工有限公司"
            party_credit_code = "\(Fixtures.partyCode)"
            violation = "超标排放大气污染物。"
            legal_basis = "《中华人民共和国大气污染防治法》第九十九条"
            penalty = "罚款人民币十万元"
            decision_on = 2025-03-03

            [[notice]]
            kind = "news"
            title = "文山市开展六五环境日宣传活动"
            body = \"\"\"
            6月5日，……
            第二段。
            \"\"\"
            """
        let drafts = try Fixtures.drafts(text, file: "n.toml")
        #expect(drafts.map(\.kind) == [.penalty, .news])
        #expect(drafts[0].title == "文山某化工有限公司环境行政处罚决定书（文环罚〔2025〕3号）")
        #expect(drafts[0].content.documentNumber == "文环罚〔2025〕3号")
        #expect(drafts[1].line == 11)
        guard case .news(let a) = drafts[1].content else {
            Issue.record("not news")
            return
        }
        #expect(a.body == "6月5日，……\n第二段。")
    }

    @Test func aCSVBatchMixesKindsAndColumnsAKindDoesNotUseMustBeEmpty() throws {
        let csv = """
            kind,title,project,builder,acceptance_report_on,publicity_start,enterprise,credit_code,year,pollutants,outlets,monitoring_summary
            completion-acceptance,,某污水处理厂一期工程,文山某水务公司,2025-03-03,2025-03-05,,,,,,
            key-enterprise,,,,,,文山某化工有限公司,\(Fixtures.partyCode),2025,颗粒物;二氧化硫,DA001 锅炉废气排放口,"全年自行监测 12 次，
            均达标。"

            """
        let drafts = try Fixtures.drafts(csv, file: "b.csv")
        #expect(drafts.map(\.kind) == [.completionAcceptance, .keyEnterprise])
        #expect(drafts.map(\.line) == [2, 3])
        guard case .keyEnterprise(let k) = drafts[1].content else {
            Issue.record("not key-enterprise")
            return
        }
        #expect(k.pollutants == ["颗粒物", "二氧化硫"] && k.monitoringSummary == "全年自行监测 12 次，\n均达标。")
        let bad = csv.replacingOccurrences(of: "2025-03-05,,,,,,", with: "2025-03-05,某企业,,,,,")
        #expect(
            errors(bad, file: "b.csv") == [
                "b.csv:2: error: column \"enterprise\" must be empty for kind completion-acceptance"
            ])
    }

    @Test func everyMistakeOfAFileIsReportedWithFileLineAndKey() {
        let text = """
            [[notice]]
            kind = "eia-approval"
            project = "某项目"
            builder = "某公司"
            document_type = "报告单"
            eia_agency = "某机构"
            stage = "拟批准"
            received_on = "2025/01/06"
            approval_number = "文环审〔2025〕1号"
            colour = "red"

            [[notice]]
            kind = "eia-approval"
            project = "某项目"
            builder = "某公司"
            location = "某地"
            document_type = "报告书"
            eia_agency = "某机构"
            stage = "批复"
            received_on = 2025-02-01
            decision_on = 2025-01-20

            [[notice]]
            kind = "permit"
            """
        #expect(
            errors(text, file: "n.toml") == [
                "n.toml:10: error: unknown key \"colour\" for an eia-approval notice (expected one of kind, title, summary, "
                    + "project, builder, location, document_type, eia_agency, stage, received_on, publicity_start, decision_on, "
                    + "approval_number, objection_channel, full_text_url)",
                "n.toml:1: error: missing \"location\" (建设地点) in [[notice]] #1, required for eia-approval notices",
                "n.toml:5: error: \"document_type\" (环评文件类型) must be one of 报告书, 报告表, found \"报告单\"",
                "n.toml:8: error: \"received_on\" (受理日期) must be a date such as 2025-01-15, found \"2025/01/06\"",
                "n.toml:9: error: \"approval_number\" (批复文号) is only for stage 批复; remove it",
                "n.toml:1: error: missing \"objection_channel\" (意见反馈渠道) in [[notice]] #1, required when \"stage\" is 受理 or 拟批准",
                "n.toml:12: error: missing \"approval_number\" (批复文号) in [[notice]] #2, required when \"stage\" is 批复",
                "n.toml:21: error: \"decision_on\" (批复日期) 2025-01-20 is before \"received_on\" (受理日期) 2025-02-01",
                "n.toml:24: error: unknown kind \"permit\" (expected one of eia-approval, completion-acceptance, key-enterprise, "
                    + "penalty, enforcement, news, other)",
            ])
    }

    @Test func badCSVHeadersAndRowsAreReported() {
        #expect(
            errors("kind,project,colour,project\n", file: "b.csv") == [
                "b.csv:1: error: unknown column \"colour\" (expected some of \(NoticeFileTests.columns))",
                "b.csv:1: error: column \"project\" appears twice",
            ])
        #expect(errors("project\n", file: "b.csv") == ["b.csv:1: error: missing column \"kind\""])
        #expect(
            errors("kind,title,body\nnews,a\n", file: "b.csv") == [
                "b.csv:2: error: the row has 2 fields but the header has 3"
            ])
        #expect(
            errors("kind,title,body\n", file: "b.csv") == [
                "b.csv: error: no notice in the file (a header row, then one row a notice)"
            ])
        #expect(
            errors("kind = 1", file: "n.txt") == [
                "n.txt: error: a notice file is .toml (one or more notices) or .csv (a batch)"
            ])
    }

    static let columns =
        "kind, title, summary, project, builder, location, document_type, eia_agency, stage, received_on, "
        + "publicity_start, decision_on, approval_number, objection_channel, full_text_url, eia_approval_number, "
        + "acceptance_report_on, publicity_end, contact, enterprise, credit_code, year, pollutants, outlets, "
        + "monitoring_summary, decision_number, party, party_credit_code, violation, legal_basis, penalty, measure, body"

    @Test func aCreditCodeIsCheckedByGB32100() throws {
        #expect(throws: Never.self) { try CreditCode("914403001922038216") }
        #expect(throws: CreditCode.Problem.checkCharacter(found: "7", expected: "6")) {
            try CreditCode("914403001922038217")
        }
        #expect(throws: CreditCode.Problem.character("I")) { try CreditCode("9144030019220382I6") }
        #expect(throws: CreditCode.Problem.length(17)) { try CreditCode("91440300192203821") }
        let text = """
            kind = "key-enterprise"
            enterprise = "某企业"
            credit_code = "914403001922038217"
            year = 2025
            pollutants = ["颗粒物"]
            outlets = ["DA001"]
            monitoring_summary = "达标"
            """
        #expect(
            errors(text, file: "k.toml") == [
                "k.toml:3: error: \"credit_code\" (统一社会信用代码) \"914403001922038217\" ends in the check character 7, "
                    + "but the first 17 characters give 6 (GB 32100—2015)"
            ])
    }

    @Test func aStoredNoticeReadsBackFromItsFieldValues() throws {
        let text =
            Fixtures.proposedTOML + "\nsummary = \"概述；含分号\"\nfull_text_url = \"https://example.gov.cn/eia/1.pdf\""
        let draft = try #require(try Fixtures.drafts(text, file: "n.toml").first)
        let back = try NoticeDraft(fieldValues: draft.fieldValues, origin: "store")
        #expect(back.content == draft.content && back.title == draft.title && back.summary == draft.summary)
        #expect(draft.fieldValues.first! == ("kind", "eia-approval"))
    }
}
