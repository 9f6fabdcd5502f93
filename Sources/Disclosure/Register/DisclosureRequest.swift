import AQI

/// 依申请公开: one request for disclosure and how it was handled (条例 Arts. 27–33), as the
/// register keeps it. Dates are those the 条例 counts from (Art. 31: the day the request is
/// received).
public struct DisclosureRequest: Sendable, Equatable {
    public var id: RecordID
    public var applicant: ApplicantType
    /// 申请内容, in a line.
    public var subject: String
    public var receivedOn: LocalDate
    /// 补正: the day the notice asking the applicant to complete the request was sent (Art. 30).
    public var correctionSentOn: LocalDate?
    /// The day the completed request came back; the answer period is counted from it (Art. 30).
    public var correctionReceivedOn: LocalDate?
    /// 征求第三方意见: sent and answered (Art. 32); the time is not counted (Art. 33).
    public var consultationSentOn: LocalDate?
    public var consultationRepliedOn: LocalDate?
    /// 延期: the day the applicant was told of the extension, and its length (≤ 20 working days).
    public var extendedOn: LocalDate?
    public var extensionDays: Int?
    public var answeredOn: LocalDate?
    public var outcome: RequestOutcome?

    public init(
        id: RecordID, applicant: ApplicantType, subject: String, receivedOn: LocalDate,
        correctionSentOn: LocalDate? = nil, correctionReceivedOn: LocalDate? = nil,
        consultationSentOn: LocalDate? = nil, consultationRepliedOn: LocalDate? = nil, extendedOn: LocalDate? = nil,
        extensionDays: Int? = nil, answeredOn: LocalDate? = nil, outcome: RequestOutcome? = nil
    ) {
        self.id = id
        self.applicant = applicant
        self.subject = subject
        self.receivedOn = receivedOn
        self.correctionSentOn = correctionSentOn
        self.correctionReceivedOn = correctionReceivedOn
        self.consultationSentOn = consultationSentOn
        self.consultationRepliedOn = consultationRepliedOn
        self.extendedOn = extendedOn
        self.extensionDays = extensionDays
        self.answeredOn = answeredOn
        self.outcome = outcome
    }
}
