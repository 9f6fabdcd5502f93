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
    public let publishedAt: Int
    /// The publication date in China Standard Time.
    public let publishedOn: LocalDate
    /// In the order they happened.
    public var events: [NoticeEvent]

    public init(
        id: IndexNumber, title: String, summary: String?, content: NoticeContent, issuer: String, publishedAt: Int,
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

/// What the repository is asked to publish: a checked draft, and who publishes it when. The
/// repository issues the 索引号 (year = `publishedOn.year`) in the same transaction.
public struct NoticeSubmission: Sendable, Equatable {
    public let draft: NoticeDraft
    public let issuer: String
    public let publishedAt: Int
    public let publishedOn: LocalDate

    public init(draft: NoticeDraft, issuer: String, publishedAt: Int, publishedOn: LocalDate) {
        self.draft = draft
        self.issuer = issuer
        self.publishedAt = publishedAt
        self.publishedOn = publishedOn
    }
}

/// Something that happened to a published notice. Events are appended, never changed.
public enum NoticeEvent: Sendable, Equatable {
    case withdrawn(Withdrawal)
}

/// 撤回: the notice stays in the store and on its page with this note; the feed carries an
/// RFC 6721 tombstone with the reason.
public struct Withdrawal: Sendable, Equatable {
    public let reason: String
    /// Unix seconds.
    public let at: Int
    public let on: LocalDate
    /// For a penalty: the day the decision was changed or revoked, which starts the 3 days of
    /// 行政处罚法 Art. 48.
    public let decisionChangedOn: LocalDate?

    public init(reason: String, at: Int, on: LocalDate, decisionChangedOn: LocalDate?) {
        self.reason = reason
        self.at = at
        self.on = on
        self.decisionChangedOn = decisionChangedOn
    }
}
