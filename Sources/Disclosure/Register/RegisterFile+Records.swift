extension RegisterFile {
    static func readRequest(_ r: FieldReader) -> DisclosureRequest? {
        let why = "required for a request"
        let before = r.diagnostics.items.count
        let id = readID(r, "id", requiredFor: why)
        let applicantText = r.text("applicant", requiredFor: why)
        let applicant = applicantText.flatMap(ApplicantType.init(input:))
        if let applicantText, applicant == nil {
            r.error(
                "applicant",
                "\(r.name("applicant")) must be one of \(ApplicantType.allCases.map(\.rawValue).joined(separator: ", ")) "
                    + "(or 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他组织), found \"\(applicantText)\"")
        }
        let subject = r.text("subject", requiredFor: why)
        let received = r.date("received_on", requiredFor: why)
        let correctionSent = r.date("correction_sent_on", requiredFor: nil)
        let correctionReceived = r.date("correction_received_on", requiredFor: nil)
        let consultationSent = r.date("consultation_sent_on", requiredFor: nil)
        let consultationReplied = r.date("consultation_replied_on", requiredFor: nil)
        let extended = r.date("extended_on", requiredFor: nil)
        let extensionDays = r.integer(
            "extension_days", in: 1...DisclosureRequest.maximumExtensionDays,
            example: "a number of working days from 1 to 20 (条例 Art. 33)", requiredFor: nil)
        let answered = r.date("answered_on", requiredFor: nil)
        let outcomeText = r.text("outcome", requiredFor: nil)
        let outcome = outcomeText.flatMap(RequestOutcome.init(code:))
        if let outcomeText, outcome == nil {
            r.error("outcome", "\(r.name("outcome")) must be one of \(RequestOutcome.codes), found \"\(outcomeText)\"")
        }
        requirePair(r, "correction_received_on", correctionReceived, needs: "correction_sent_on", correctionSent)
        requirePair(r, "consultation_replied_on", consultationReplied, needs: "consultation_sent_on", consultationSent)
        requirePair(r, "extension_days", extensionDays, needs: "extended_on", extended)
        requirePair(r, "extended_on", extended, needs: "extension_days", extensionDays)
        requirePair(r, "outcome", outcomeText, needs: "answered_on", answered)
        requirePair(r, "answered_on", answered, needs: "outcome", outcomeText)
        for (key, date) in [
            ("correction_sent_on", correctionSent), ("consultation_sent_on", consultationSent),
            ("extended_on", extended), ("answered_on", answered),
        ] {
            r.requireOrder("received_on", received, key, date)
        }
        r.requireOrder("correction_sent_on", correctionSent, "correction_received_on", correctionReceived)
        r.requireOrder("consultation_sent_on", consultationSent, "consultation_replied_on", consultationReplied)
        guard r.diagnostics.items.count == before, let id, let applicant, let subject, let received else { return nil }
        return DisclosureRequest(
            id: id, applicant: applicant, subject: subject, receivedOn: received, correctionSentOn: correctionSent,
            correctionReceivedOn: correctionReceived, consultationSentOn: consultationSent,
            consultationRepliedOn: consultationReplied, extendedOn: extended, extensionDays: extensionDays,
            answeredOn: answered, outcome: outcome)
    }

    static func readCase(_ r: FieldReader) -> ReviewCase? {
        let why = "required for a case"
        let before = r.diagnostics.items.count
        let id = readID(r, "id", requiredFor: why)
        let type = r.choice("case_type", ReviewCase.CaseType.allCases.map(\.rawValue), requiredFor: why)
        let filed = r.date("filed_on", requiredFor: why)
        let decided = r.date("decided_on", requiredFor: nil)
        let outcome = r.choice("outcome", ReviewCase.Outcome.allCases.map(\.rawValue), requiredFor: nil)
        let request = r.has("request_id") ? readID(r, "request_id", requiredFor: nil) : nil
        let subject = r.text("subject", requiredFor: nil)
        requirePair(r, "outcome", outcome, needs: "decided_on", decided)
        requirePair(r, "decided_on", decided, needs: "outcome", outcome)
        r.requireOrder("filed_on", filed, "decided_on", decided)
        guard r.diagnostics.items.count == before, let id, let type, let filed else { return nil }
        return ReviewCase(
            id: id, type: ReviewCase.CaseType(rawValue: type)!, filedOn: filed,
            outcome: outcome.flatMap(ReviewCase.Outcome.init(rawValue:)), decidedOn: decided, requestID: request,
            subject: subject)
    }

    /// `key` given without `other` is an error naming both.
    private static func requirePair<A, B>(
        _ r: FieldReader, _ key: String, _ value: A?, needs other: String, _ otherValue: B?
    ) {
        if value != nil, otherValue == nil, !r.has(other) {
            r.error(key, "\(r.name(key)) is given without \(r.name(other)); give both")
        }
    }
}
