import AQI
import Identity

extension NoticeContent {
    /// Reads the kind's fields; nil when one is missing or wrong (each problem is recorded).
    static func read(_ kind: NoticeKind, from r: FieldReader) -> NoticeContent? {
        let why = "required for \(kind.rawValue) notices"
        switch kind {
        case .eiaApproval: return EIAApproval.read(r, why).map(NoticeContent.eiaApproval)
        case .completionAcceptance: return CompletionAcceptance.read(r, why).map(NoticeContent.completionAcceptance)
        case .keyEnterprise: return KeyEnterpriseInfo.read(r, why).map(NoticeContent.keyEnterprise)
        case .penalty: return PenaltyDecision.read(r, why).map(NoticeContent.penalty)
        case .enforcement: return EnforcementDecision.read(r, why).map(NoticeContent.enforcement)
        case .news, .other:
            guard let body = r.text("body", shape: .paragraphs, requiredFor: "required for \(kind.rawValue) items")
            else { return nil }
            return kind == .news ? .news(Article(body: body)) : .other(Article(body: body))
        }
    }

    /// The title a page shows when the file gives none.
    var defaultTitle: String {
        switch self {
        case .eiaApproval(let e):
            switch e.stage {
            case .accepted: "关于受理\(e.project)环境影响\(e.documentType.rawValue)的公示"
            case .proposed: "\(e.project)环境影响\(e.documentType.rawValue)拟批准公示"
            case .approved: "关于\(e.project)环境影响\(e.documentType.rawValue)的批复（\(e.approvalNumber ?? "")）"
            }
        case .completionAcceptance(let c): "\(c.project)竣工环境保护验收公示"
        case .keyEnterprise(let k): "\(k.enterprise)\(k.year)年度重点排污单位环境信息"
        case .penalty(let p): "\(p.party)环境行政处罚决定书（\(p.decisionNumber)）"
        case .enforcement(let e): "\(e.party)查封扣押决定书（\(e.decisionNumber)）"
        case .news, .other: ""
        }
    }
}

extension EIAApproval {
    static func read(_ r: FieldReader, _ why: String) -> EIAApproval? {
        let project = r.text("project", requiredFor: why)
        let builder = r.text("builder", requiredFor: why)
        let location = r.text("location", requiredFor: why)
        let type = r.choice("document_type", DocumentType.allCases.map(\.rawValue), requiredFor: why)
        let agency = r.text("eia_agency", requiredFor: why)
        let stage = r.choice("stage", Stage.allCases.map(\.rawValue), requiredFor: why).flatMap(Stage.init)
        let received = r.date("received_on", requiredFor: why)
        let url = r.url("full_text_url")
        var decision: LocalDate?
        var number: String?
        var start: LocalDate?
        var channel: String?
        switch stage {
        case .approved:
            let when = "required when \"stage\" is 批复"
            decision = r.date("decision_on", requiredFor: when)
            number = r.text("approval_number", requiredFor: when)
            r.forbid("publicity_start", "is only for stages 受理 and 拟批准")
            channel = r.text("objection_channel", limit: 500, requiredFor: nil)
        case .accepted, .proposed:
            r.forbid("decision_on", "is only for stage 批复")
            r.forbid("approval_number", "is only for stage 批复")
            start = r.date("publicity_start", requiredFor: nil)
            channel = r.text("objection_channel", limit: 500, requiredFor: "required when \"stage\" is 受理 or 拟批准")
        case nil:
            break
        }
        r.requireOrder("received_on", received, "decision_on", decision)
        r.requireOrder("received_on", received, "publicity_start", start)
        guard let project, let builder, let location, let type, let agency, let stage, let received else { return nil }
        return EIAApproval(
            project: project, builder: builder, location: location, documentType: DocumentType(rawValue: type)!,
            eiaAgency: agency, stage: stage, receivedOn: received, publicityStart: start, decisionOn: decision,
            approvalNumber: number, objectionChannel: channel, fullTextURL: url)
    }
}

extension CompletionAcceptance {
    static func read(_ r: FieldReader, _ why: String) -> CompletionAcceptance? {
        let project = r.text("project", requiredFor: why)
        let builder = r.text("builder", requiredFor: why)
        let location = r.text("location", requiredFor: nil)
        let approval = r.text("eia_approval_number", requiredFor: nil)
        let report = r.date("acceptance_report_on", requiredFor: why)
        let start = r.date("publicity_start", requiredFor: why)
        let end = r.date("publicity_end", requiredFor: nil)
        let contact = r.text("contact", limit: 500, requiredFor: nil)
        r.requireOrder("acceptance_report_on", report, "publicity_start", start)
        r.requireOrder("publicity_start", start, "publicity_end", end)
        guard let project, let builder, let report, let start else { return nil }
        return CompletionAcceptance(
            project: project, builder: builder, location: location, eiaApprovalNumber: approval,
            acceptanceReportOn: report, publicityStart: start, publicityEnd: end, contact: contact)
    }
}

extension KeyEnterpriseInfo {
    static func read(_ r: FieldReader, _ why: String) -> KeyEnterpriseInfo? {
        let enterprise = r.text("enterprise", requiredFor: why)
        let code = r.creditCode("credit_code", requiredFor: why)
        let year = r.integer("year", in: 2000...2100, example: "a year such as 2025", requiredFor: why)
        let pollutants = r.list("pollutants", requiredFor: why)
        let outlets = r.list("outlets", requiredFor: why)
        let summary = r.text("monitoring_summary", shape: .paragraphs, requiredFor: why)
        guard let enterprise, let code, let year, let pollutants, let outlets, let summary else { return nil }
        return KeyEnterpriseInfo(
            enterprise: enterprise, creditCode: code, year: year, pollutants: pollutants, outlets: outlets,
            monitoringSummary: summary)
    }
}

extension PenaltyDecision {
    static func read(_ r: FieldReader, _ why: String) -> PenaltyDecision? {
        let number = r.text("decision_number", requiredFor: why)
        let party = r.text("party", requiredFor: why)
        let code = r.has("party_credit_code") ? r.creditCode("party_credit_code", requiredFor: nil) : nil
        let violation = r.text("violation", shape: .paragraphs, requiredFor: why)
        let basis = r.text("legal_basis", shape: .paragraphs, requiredFor: why)
        let penalty = r.text("penalty", shape: .paragraphs, requiredFor: why)
        let decided = r.date("decision_on", requiredFor: why)
        guard let number, let party, let violation, let basis, let penalty, let decided else { return nil }
        return PenaltyDecision(
            decisionNumber: number, party: party, partyCreditCode: code, violation: violation, legalBasis: basis,
            penalty: penalty, decisionOn: decided)
    }
}

extension EnforcementDecision {
    static func read(_ r: FieldReader, _ why: String) -> EnforcementDecision? {
        let number = r.text("decision_number", requiredFor: why)
        let party = r.text("party", requiredFor: why)
        let code = r.has("party_credit_code") ? r.creditCode("party_credit_code", requiredFor: nil) : nil
        let measure = r.text("measure", requiredFor: why)
        let basis = r.text("legal_basis", shape: .paragraphs, requiredFor: why)
        let decided = r.date("decision_on", requiredFor: why)
        guard let number, let party, let measure, let basis, let decided else { return nil }
        return EnforcementDecision(
            decisionNumber: number, party: party, partyCreditCode: code, measure: measure, legalBasis: basis,
            decisionOn: decided)
    }
}
