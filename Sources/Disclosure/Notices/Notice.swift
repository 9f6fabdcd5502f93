import AQI

/// A published notice: what the file said, the 索引号 the repository issued, who published it
/// and when, and what happened to it since (a withdrawal).
public struct Notice: Sendable, Equatable {
    public let id: IndexNumber
    public let title: String
    public let summary: String?
    public let content: NoticeContent
    /// 发布机构: the issuing body's full name.
    public let issuer: String
    /// Unix seconds.
    public let publishedAt: Instant
    /// The publication date in China Standard Time.
    public let publishedOn: LocalDate
    /// In the order they happened.
    public var events: [NoticeEvent]

    public init(
        id: IndexNumber, title: String, summary: String?, content: NoticeContent, issuer: String, publishedAt: Instant,
        publishedOn: LocalDate, events: [NoticeEvent] = []
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.content = content
        self.issuer = issuer
        self.publishedAt = publishedAt
        self.publishedOn = publishedOn
        self.events = events
    }

    /// A submission with its issued number.
    public init(id: IndexNumber, submission: NoticeSubmission) {
        self.init(
            id: id, title: submission.draft.title, summary: submission.draft.summary, content: submission.draft.content,
            issuer: submission.issuer, publishedAt: submission.publishedAt, publishedOn: submission.publishedOn)
    }

    public var kind: NoticeKind { content.kind }

    /// The withdrawal, once there is one; the notice itself stays readable.
    public var withdrawal: Withdrawal? {
        for event in events {
            if case .withdrawn(let w) = event { return w }
        }
        return nil
    }
}
