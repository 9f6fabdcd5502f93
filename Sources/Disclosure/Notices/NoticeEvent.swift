import AQI

/// Something that happened to a published notice. Events are appended, never changed.
public enum NoticeEvent: Sendable, Equatable {
    case withdrawn(Withdrawal)
}

/// 撤回: the notice stays in the store and on its page with this note; the feed carries an
/// RFC 6721 tombstone with the reason.
public struct Withdrawal: Sendable, Equatable {
    public let reason: String
    /// Unix seconds.
    public let at: Instant
    public let on: LocalDate
    /// For a penalty: the day the decision was changed or revoked, which starts the 3 days of
    /// 行政处罚法 Art. 48.
    public let decisionChangedOn: LocalDate?

    public init(reason: String, at: Instant, on: LocalDate, decisionChangedOn: LocalDate?) {
        self.reason = reason
        self.at = at
        self.on = on
        self.decisionChangedOn = decisionChangedOn
    }
}
