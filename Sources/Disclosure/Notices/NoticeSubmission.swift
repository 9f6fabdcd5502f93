import AQI

/// What the repository is asked to publish: a checked draft, and who publishes it when. The
/// repository issues the 索引号 (year = `publishedOn.year`) in the same transaction.
public struct NoticeSubmission: Sendable, Equatable {
    public let draft: NoticeDraft
    public let issuer: String
    public let publishedAt: Instant
    public let publishedOn: LocalDate

    public init(draft: NoticeDraft, issuer: String, publishedAt: Instant, publishedOn: LocalDate) {
        self.draft = draft
        self.issuer = issuer
        self.publishedAt = publishedAt
        self.publishedOn = publishedOn
    }
}
