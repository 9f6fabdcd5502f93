import AQI

/// Everything a notice page and its feed entry show, as plain values: the catalogue metadata
/// (索引号, 名称, 发布机构, 生成日期, 主题分类, 文号, 公开方式, 有效性), the fields in page
/// order, the status and deadlines on a given day, and the withdrawal note. The publisher renders
/// it (escaping every string); nothing here is HTML.
public struct NoticeDocument: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public let key: String
        /// The Chinese name shown before the value.
        public let label: String
        public let value: String
        /// A paragraph field: newlines in `value` are line breaks.
        public let isParagraphs: Bool
    }

    public struct WithdrawalNote: Sendable, Equatable {
        public let reason: String
        /// Unix seconds: the RFC 6721 `when` of the tombstone.
        public let at: Instant
        public let on: LocalDate
        public let decisionChangedOn: LocalDate?
    }

    /// 索引号, also the feed entry's stable key.
    public let indexNumber: String
    /// Site-relative path of the page (`notices/<org>/<YYYY>-<NNNNN>.html`).
    public let pagePath: String
    /// 名称
    public let title: String
    /// 内容概述
    public let summary: String?
    public let kind: NoticeKind
    /// 主题分类: the feed's category term and its Chinese name.
    public let category: DisclosureCategory
    /// 发布机构
    public let issuer: String
    /// 文号
    public let documentNumber: String?
    /// 生成日期: the decision date where there is one, else the publication date.
    public let generatedOn: LocalDate
    public let publishedAt: Instant
    public let publishedOn: LocalDate
    /// 公开方式
    public let disclosureMode = "主动公开"
    /// 有效性: 有效, or 已撤回 once withdrawn.
    public let validity: String
    public let status: NoticeStatus
    public let deadlines: [StatutoryDeadline]
    public let fields: [Field]
    public let withdrawal: WithdrawalNote?
}

extension Notice {
    /// The document of the notice as it stands on `today`.
    public func document(on today: LocalDate, calendar: WorkingCalendar) throws(DeadlineCalendarGap) -> NoticeDocument {
        let paragraphKeys: Set = [
            "summary", "violation", "legal_basis", "penalty", "monitoring_summary", "body",
        ]
        let listKeys: Set = ["pollutants", "outlets"]
        let labels = kind.labels
        let fields = content.fieldValues.map { key, value in
            NoticeDocument.Field(
                key: key, label: labels[key] ?? key,
                value: listKeys.contains(key) ? value.split(separator: ";").joined(separator: "、") : value,
                isParagraphs: paragraphKeys.contains(key))
        }
        return NoticeDocument(
            indexNumber: id.description, pagePath: id.pagePath, title: title, summary: summary, kind: kind,
            category: kind.category, issuer: issuer, documentNumber: content.documentNumber,
            generatedOn: content.decisionDate ?? publishedOn, publishedAt: publishedAt, publishedOn: publishedOn,
            validity: withdrawal == nil ? "有效" : "已撤回", status: try status(on: today, calendar: calendar),
            deadlines: try deadlines(calendar: calendar), fields: fields,
            withdrawal: withdrawal.map {
                NoticeDocument.WithdrawalNote(
                    reason: $0.reason, at: $0.at, on: $0.on, decisionChangedOn: $0.decisionChangedOn)
            })
    }
}
