import AQI

/// Where a request stands on a given day.
public enum RequestStatus: String, Sendable, CaseIterable {
    /// Waiting for the applicant's 补正: the answer period has not started (条例 Art. 30).
    case awaitingCorrection = "待补正"
    /// Waiting for a third party's opinion: the time is not counted (条例 Art. 33).
    case consulting = "征求意见中"
    case inProgress = "办理中"
    case extended = "已延期"
    case overdue = "已逾期"
    case answered = "已答复"
}

/// A request's clocks on a given day (条例 Arts. 30–33).
public struct RequestClock: Sendable, Equatable {
    public let status: RequestStatus
    /// The 补正 notice is due within 7 working days of receipt (Art. 30).
    public let correctionNoticeBy: LocalDate
    /// The answer is due 20 working days after the (completed) request was received, plus the
    /// consultation time and the extension; nil while the clock waits for the applicant or a
    /// third party.
    public let answerBy: LocalDate?
    /// Without the extension, for checking the extension was decided in time.
    public let answerByBeforeExtension: LocalDate?
    /// Answered after `answerBy`.
    public let answeredLate: Bool
}
