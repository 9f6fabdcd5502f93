import AQI

/// 环评审批: one stage of an EIA approval (受理 / 拟批准 / 批复 — an administrative licence).
public struct EIAApproval: Sendable, Equatable {
    public enum DocumentType: String, Sendable, CaseIterable {
        case reportBook = "报告书"
        case reportForm = "报告表"
    }
    public enum Stage: String, Sendable, CaseIterable {
        case accepted = "受理"
        case proposed = "拟批准"
        case approved = "批复"
    }

    public var project: String
    public var builder: String
    public var location: String
    public var documentType: DocumentType
    public var eiaAgency: String
    public var stage: Stage
    public var receivedOn: LocalDate
    /// 受理 / 拟批准: the first day of the publicity (default: the publication date).
    public var publicityStart: LocalDate?
    /// 批复 only.
    public var decisionOn: LocalDate?
    /// 批复文号, 批复 only.
    public var approvalNumber: String?
    /// Where the public sends objections (required for 受理 and 拟批准).
    public var objectionChannel: String?
    public var fullTextURL: String?

    public init(
        project: String, builder: String, location: String, documentType: DocumentType, eiaAgency: String, stage: Stage,
        receivedOn: LocalDate, publicityStart: LocalDate?, decisionOn: LocalDate?, approvalNumber: String?,
        objectionChannel: String?, fullTextURL: String?
    ) {
        self.project = project
        self.builder = builder
        self.location = location
        self.documentType = documentType
        self.eiaAgency = eiaAgency
        self.stage = stage
        self.receivedOn = receivedOn
        self.publicityStart = publicityStart
        self.decisionOn = decisionOn
        self.approvalNumber = approvalNumber
        self.objectionChannel = objectionChannel
        self.fullTextURL = fullTextURL
    }
}
