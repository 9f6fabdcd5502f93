import AQI

/// One entry of the disclosure feed (RFC 4287), whoever publishes it: the publisher makes one
/// per bulletin day; the disclosure module contributes notices the same way.
public struct FeedEntry: Sendable, Hashable {
    /// A URI that never changes for this item (e.g. a `tag:` URI); corrections keep it.
    public var id: String
    public var title: String
    /// The category term (disclosure.md): `air-quality-daily`, `eia-approval`, `penalty`, …
    public var categoryTerm: String
    /// A human label for the category, e.g. `空气质量日报`.
    public var categoryLabel: String
    /// First publication, Unix seconds.
    public var published: Instant
    /// Latest change, Unix seconds (≥ `published`).
    public var updated: Instant
    /// A plain-text summary.
    public var summary: String
    /// An HTML fragment, escaped into `<content type="html">`; nil for none.
    public var contentHTML: String?
    /// The entry's page: a path relative to the site root (`notices/….html`) or an absolute
    /// http(s) URL.
    public var link: String
    /// The 政府信息公开目录 metadata portals key on (peers §1.10).
    public var catalogue: CatalogueMetadata
    /// Set when the item was withdrawn: the feed then carries an RFC 6721 tombstone instead of
    /// the entry.
    public var tombstone: Tombstone?

    public init(
        id: String, title: String, categoryTerm: String, categoryLabel: String, published: Instant, updated: Instant,
        summary: String, contentHTML: String?, link: String, catalogue: CatalogueMetadata, tombstone: Tombstone? = nil
    ) {
        self.id = id
        self.title = title
        self.categoryTerm = categoryTerm
        self.categoryLabel = categoryLabel
        self.published = published
        self.updated = updated
        self.summary = summary
        self.contentHTML = contentHTML
        self.link = link
        self.catalogue = catalogue
        self.tombstone = tombstone
    }
}

/// The core metadata of the 政府信息公开目录系统 (disclosure.md, "Disclosure items").
public struct CatalogueMetadata: Sendable, Hashable {
    /// 索引号, `<organisation code>/<YYYY>-<NNNNN>`.
    public var indexNumber: String
    /// 发布机构 (the full name).
    public var publisher: String
    /// 主题分类.
    public var subject: String
    /// 生成日期.
    public var generatedOn: LocalDate
    /// 文号, where there is one.
    public var documentNumber: String?
    /// 公开方式, normally 主动公开.
    public var disclosureMode: String
    /// 有效性: 有效, 失效, 废止, 已撤回 …
    public var validity: String

    public init(
        indexNumber: String, publisher: String, subject: String, generatedOn: LocalDate, documentNumber: String? = nil,
        disclosureMode: String = "主动公开", validity: String = "有效"
    ) {
        self.indexNumber = indexNumber
        self.publisher = publisher
        self.subject = subject
        self.generatedOn = generatedOn
        self.documentNumber = documentNumber
        self.disclosureMode = disclosureMode
        self.validity = validity
    }
}

/// An RFC 6721 deleted-entry: the item was withdrawn (e.g. 行政处罚法 Art. 48), with the reason.
public struct Tombstone: Sendable, Hashable {
    /// When it was withdrawn, Unix seconds.
    public var when: Instant
    /// Why (at:comment).
    public var comment: String
    /// Who withdrew it (at:by), if stated.
    public var by: String?

    public init(when: Instant, comment: String, by: String? = nil) {
        self.when = when
        self.comment = comment
        self.by = by
    }
}
