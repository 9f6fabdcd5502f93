import AQI

/// A date a rule attaches to a notice or a request, with the rule it comes from.
public struct StatutoryDeadline: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// The last day of a publicity period (公示期满).
        case publicityEnds = "publicity-ends"
        /// The last day to publish (应公开截止).
        case publishBy = "publish-by"
        /// The last day for the builder to start the publicity.
        case publicityStartBy = "publicity-start-by"
        /// The last day to withdraw a changed or revoked penalty decision (行政处罚法 Art. 48).
        case withdrawBy = "withdraw-by"
        /// The last day to answer a disclosure request (条例 Art. 33).
        case answerBy = "answer-by"
        /// The last day to send the 补正 notice (条例 Art. 30).
        case correctionNoticeBy = "correction-notice-by"
    }

    public let kind: Kind
    public let date: LocalDate
    /// What the date is, in Chinese: `公示期满`, `应公开截止` …
    public let label: String
    /// The rule, cited: `拟批准公示5个工作日（环办〔2013〕103号）`.
    public let basis: String
    /// The field the clock starts from (for messages).
    public let fromKey: String

    public init(kind: Kind, date: LocalDate, label: String, basis: String, fromKey: String) {
        self.kind = kind
        self.date = date
        self.label = label
        self.basis = basis
        self.fromKey = fromKey
    }
}

/// A clock that fails because a date needs a calendar year that is missing, naming the field.
public struct DeadlineCalendarGap: Error, Sendable, Equatable, CustomStringConvertible {
    public let fromKey: String
    public let date: LocalDate
    public let gap: MissingCalendar

    public var description: String { "\"\(fromKey)\" \(date): \(gap)" }
}
