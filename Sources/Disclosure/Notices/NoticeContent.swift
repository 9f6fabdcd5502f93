import AQI

/// The kind-specific part of a notice (../shared/spec/disclosure.md, Notices).
public enum NoticeContent: Sendable, Equatable {
    case eiaApproval(EIAApproval)
    case completionAcceptance(CompletionAcceptance)
    case keyEnterprise(KeyEnterpriseInfo)
    case penalty(PenaltyDecision)
    case enforcement(EnforcementDecision)
    case news(Article)
    case other(Article)

    public var kind: NoticeKind {
        switch self {
        case .eiaApproval: .eiaApproval
        case .completionAcceptance: .completionAcceptance
        case .keyEnterprise: .keyEnterprise
        case .penalty: .penalty
        case .enforcement: .enforcement
        case .news: .news
        case .other: .other
        }
    }

    /// 文号: the approval or decision number, where the item has one.
    public var documentNumber: String? {
        switch self {
        case .eiaApproval(let e): e.approvalNumber
        case .penalty(let p): p.decisionNumber
        case .enforcement(let e): e.decisionNumber
        default: nil
        }
    }

    /// The date of the decision the notice discloses (行政许可/处罚/强制), which places it in the
    /// annual report's year.
    public var decisionDate: LocalDate? {
        switch self {
        case .eiaApproval(let e): e.stage == .approved ? e.decisionOn : nil
        case .penalty(let p): p.decisionOn
        case .enforcement(let e): e.decisionOn
        default: nil
        }
    }
}

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

/// 竣工环保验收公示: the bureau re-publishes a builder's completion acceptance.
public struct CompletionAcceptance: Sendable, Equatable {
    public var project: String
    public var builder: String
    public var location: String?
    public var eiaApprovalNumber: String?
    public var acceptanceReportOn: LocalDate
    public var publicityStart: LocalDate
    /// When the file states it; never earlier than 20 working days after the start.
    public var publicityEnd: LocalDate?
    public var contact: String?

    public init(
        project: String, builder: String, location: String?, eiaApprovalNumber: String?, acceptanceReportOn: LocalDate,
        publicityStart: LocalDate, publicityEnd: LocalDate?, contact: String?
    ) {
        self.project = project
        self.builder = builder
        self.location = location
        self.eiaApprovalNumber = eiaApprovalNumber
        self.acceptanceReportOn = acceptanceReportOn
        self.publicityStart = publicityStart
        self.publicityEnd = publicityEnd
        self.contact = contact
    }
}

/// 重点排污单位环境信息.
public struct KeyEnterpriseInfo: Sendable, Equatable {
    public var enterprise: String
    public var creditCode: CreditCode
    public var year: Int
    public var pollutants: [String]
    public var outlets: [String]
    public var monitoringSummary: String

    public init(
        enterprise: String, creditCode: CreditCode, year: Int, pollutants: [String], outlets: [String],
        monitoringSummary: String
    ) {
        self.enterprise = enterprise
        self.creditCode = creditCode
        self.year = year
        self.pollutants = pollutants
        self.outlets = outlets
        self.monitoringSummary = monitoringSummary
    }
}

/// 环境行政处罚决定 (行政处罚).
public struct PenaltyDecision: Sendable, Equatable {
    public var decisionNumber: String
    public var party: String
    public var partyCreditCode: CreditCode?
    public var violation: String
    public var legalBasis: String
    public var penalty: String
    public var decisionOn: LocalDate

    public init(
        decisionNumber: String, party: String, partyCreditCode: CreditCode?, violation: String, legalBasis: String,
        penalty: String, decisionOn: LocalDate
    ) {
        self.decisionNumber = decisionNumber
        self.party = party
        self.partyCreditCode = partyCreditCode
        self.violation = violation
        self.legalBasis = legalBasis
        self.penalty = penalty
        self.decisionOn = decisionOn
    }
}

/// 查封扣押决定 (行政强制).
public struct EnforcementDecision: Sendable, Equatable {
    public var decisionNumber: String
    public var party: String
    public var partyCreditCode: CreditCode?
    public var measure: String
    public var legalBasis: String
    public var decisionOn: LocalDate

    public init(
        decisionNumber: String, party: String, partyCreditCode: CreditCode?, measure: String, legalBasis: String,
        decisionOn: LocalDate
    ) {
        self.decisionNumber = decisionNumber
        self.party = party
        self.partyCreditCode = partyCreditCode
        self.measure = measure
        self.legalBasis = legalBasis
        self.decisionOn = decisionOn
    }
}

/// A news item (环保动态) or another item: its title is the notice's.
public struct Article: Sendable, Equatable {
    public var body: String

    public init(
        body: String
    ) {
        self.body = body
    }
}
