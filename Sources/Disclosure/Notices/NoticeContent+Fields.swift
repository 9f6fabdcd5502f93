import Formats
import Identity

extension NoticeContent {
    /// The kind's fields as text, in the order of `NoticeKind.fields`, absent ones left out:
    /// dates as `2025-01-15`, lists joined with `;` (an item never contains one). Reading these
    /// back as a CSV row gives the same content, which is how a store keeps a notice.
    public var fieldValues: [(key: String, value: String)] {
        let values: [String: String?]
        switch self {
        case .eiaApproval(let e):
            values = [
                "project": e.project, "builder": e.builder, "location": e.location,
                "document_type": e.documentType.rawValue, "eia_agency": e.eiaAgency, "stage": e.stage.rawValue,
                "received_on": e.receivedOn.description, "publicity_start": e.publicityStart?.description,
                "decision_on": e.decisionOn?.description, "approval_number": e.approvalNumber,
                "objection_channel": e.objectionChannel, "full_text_url": e.fullTextURL,
            ]
        case .completionAcceptance(let c):
            values = [
                "project": c.project, "builder": c.builder, "location": c.location,
                "eia_approval_number": c.eiaApprovalNumber, "acceptance_report_on": c.acceptanceReportOn.description,
                "publicity_start": c.publicityStart.description, "publicity_end": c.publicityEnd?.description,
                "contact": c.contact,
            ]
        case .keyEnterprise(let k):
            values = [
                "enterprise": k.enterprise, "credit_code": k.creditCode.text, "year": String(k.year),
                "pollutants": k.pollutants.joined(separator: ";"), "outlets": k.outlets.joined(separator: ";"),
                "monitoring_summary": k.monitoringSummary,
            ]
        case .penalty(let p):
            values = [
                "decision_number": p.decisionNumber, "party": p.party, "party_credit_code": p.partyCreditCode?.text,
                "violation": p.violation, "legal_basis": p.legalBasis, "penalty": p.penalty,
                "decision_on": p.decisionOn.description,
            ]
        case .enforcement(let e):
            values = [
                "decision_number": e.decisionNumber, "party": e.party, "party_credit_code": e.partyCreditCode?.text,
                "measure": e.measure, "legal_basis": e.legalBasis, "decision_on": e.decisionOn.description,
            ]
        case .news(let a), .other(let a):
            values = ["body": a.body]
        }
        return kind.fields.compactMap { spec in
            guard let value = values[spec.key] ?? nil else { return nil }
            return (spec.key, value)
        }
    }
}

extension NoticeDraft {
    /// Every field as text, `kind` first: the record a store keeps (and a CSV batch row).
    public var fieldValues: [(key: String, value: String)] {
        [("kind", kind.rawValue), ("title", title)] + (summary.map { [("summary", $0)] } ?? []) + content.fieldValues
    }

    /// Reads a notice back from `fieldValues` (as a store returns them), with the same checks as
    /// a file; `origin` names the record in messages (e.g. `store notice 11532601…/2025-00001`).
    public init(fieldValues: [(key: String, value: String)], origin: String) throws(Diagnostics) {
        let diagnostics = DiagnosticCollector()
        let reader = FieldReader(
            file: origin, line: 1, header: fieldValues.map(\.key), fields: fieldValues.map(\.value), labels: [:],
            diagnostics: diagnostics)
        guard let draft = NoticeDraft.read(reader, isCSVRow: true) else { throw Diagnostics(diagnostics.items) }
        self = draft
        line = nil
        keyLines = [:]
    }
}
