import AQI
import Disclosure

/// What the disclosure notices contribute to an area's site: a page per notice and a feed
/// entry per notice; a withdrawn notice keeps its page (with the withdrawal note) and is an
/// RFC 6721 tombstone in the feed.
public enum NoticeSite {
    /// The feed entry id of a notice: stable for its 索引号.
    public static func entryID(_ notice: NoticeDocument, idAuthority: String) -> String {
        "tag:\(idAuthority):airbulletin/notice/\(FeedEntry.percentEncoded(notice.indexNumber))"
    }

    public static func render(_ notices: [NoticeDocument], identity: SiteIdentity, idAuthority: String)
        -> (entries: [FeedEntry], pages: [RenderedFile])
    {
        var entries: [FeedEntry] = []
        var pages: [RenderedFile] = []
        for notice in notices {
            pages.append(
                RenderedFile(
                    path: notice.pagePath, text: PageTemplates.render("notice", NoticePage(notice, identity: identity)))
            )
            let withdrawn = notice.withdrawal
            entries.append(
                FeedEntry(
                    id: entryID(notice, idAuthority: idAuthority), title: notice.title,
                    categoryTerm: notice.category.rawValue, categoryLabel: notice.category.label,
                    published: notice.publishedAt,
                    updated: max(notice.publishedAt, withdrawn?.at ?? notice.publishedAt),
                    summary: notice.summary ?? "\(notice.category.label)：\(notice.title)", contentHTML: nil,
                    link: notice.pagePath,
                    catalogue: CatalogueMetadata(
                        indexNumber: notice.indexNumber, publisher: notice.issuer, subject: notice.category.label,
                        generatedOn: notice.generatedOn, documentNumber: notice.documentNumber,
                        disclosureMode: notice.disclosureMode, validity: notice.validity),
                    tombstone: withdrawn.map { Tombstone(when: $0.at, comment: "撤回理由：\($0.reason)") }))
        }
        return (entries, pages)
    }
}
