import AQI
import Disclosure
import Formats
import Identity

/// Shared test values: a made-up bureau with valid codes (GB 32100—2015 check characters).
enum Fixtures {
    static let organisation = OrganisationCode("11532601MB0123456B")!
    static let issuer = "文山市生态环境局"
    static let partyCode = "91532601MA6K12345U"

    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// 拟批准 publicity of a 报告表.
    static let proposedTOML = """
        kind = "eia-approval"
        project = "文山市某水泥厂技改项目"
        builder = "文山某建材有限公司"
        location = "文山市开化街道"
        document_type = "报告表"
        eia_agency = "云南某环境科技有限公司"
        stage = "拟批准"
        received_on = 2025-01-06
        objection_channel = "电话 0876-0000000；信箱 hbj@example.gov.cn"
        """

    /// The diagnostics `body` throws, as printed; empty when it throws none.
    static func errors(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let diagnostics as Diagnostics {
            return diagnostics.items.map(\.description)
        } catch {
            return ["not diagnostics: \(error)"]
        }
    }

    static func drafts(_ text: String, file: String) throws -> [NoticeDraft] {
        try NoticeFile.parse(text: text, file: file)
    }

    static func notice(_ draft: NoticeDraft, publishedOn: String, serial: Int = 1) -> Notice {
        let on = day(publishedOn)
        return Notice(
            id: IndexNumber(organisation: organisation, year: on.year, serial: serial),
            submission: NoticeSubmission(
                draft: draft, issuer: issuer, publishedAt: Instant(china: on, hour: 8), publishedOn: on))
    }
}
