/// The Atom feed (RFC 4287) with RFC 5005 archive links, RFC 6721 tombstones and the catalogue
/// metadata in the `gk` namespace (AtomFeed.catalogueNamespace).
enum FeedTemplate {
    /// The HTML of a bulletin entry's content (escaped once more into the feed).
    static let content = """
        <p>{{contentSummary}}</p>
        {{#contentAdvice}}
        <p>{{.}}</p>
        {{/contentAdvice}}
        {{#contentRevision}}
        <p><strong>{{.}}</strong></p>
        {{/contentRevision}}
        <p>{{contentStandard}}</p>
        """

    static let feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0" xmlns:at="http://purl.org/atompub/tombstones/1.0" xmlns:gk="{{namespace}}" xml:lang="zh-CN">
        {{#isArchive}}
        <fh:archive/>
        {{/isArchive}}
        <id>{{feedId}}</id>
        <title>{{feedTitle}}</title>
        <updated>{{feedUpdated}}</updated>
        <author><name>{{authorName}}</name></author>
        <generator>airbulletin</generator>
        <link rel="self" type="application/atom+xml" href="{{selfHref}}"/>
        <link rel="alternate" type="text/html" href="{{siteHref}}"/>
        {{#currentHref}}
        <link rel="current" type="application/atom+xml" href="{{currentHref}}"/>
        {{/currentHref}}
        {{#prevArchiveHref}}
        <link rel="prev-archive" type="application/atom+xml" href="{{prevArchiveHref}}"/>
        {{/prevArchiveHref}}
        {{#nextArchiveHref}}
        <link rel="next-archive" type="application/atom+xml" href="{{nextArchiveHref}}"/>
        {{/nextArchiveHref}}
        {{#entries}}
        <entry>
        <id>{{entryId}}</id>
        <title>{{entryTitle}}</title>
        <link rel="alternate" type="text/html" href="{{entryHref}}"/>
        <published>{{entryPublished}}</published>
        <updated>{{entryUpdated}}</updated>
        <category term="{{categoryTerm}}" label="{{categoryLabel}}"/>
        <summary type="text">{{entrySummary}}</summary>
        {{#entryContent}}
        <content type="html">{{entryContent}}</content>
        {{/entryContent}}
        <gk:indexNumber>{{indexNumber}}</gk:indexNumber>
        <gk:publisher>{{publisher}}</gk:publisher>
        <gk:subject>{{subject}}</gk:subject>
        <gk:generated>{{generatedOn}}</gk:generated>
        {{#documentNumber}}
        <gk:documentNumber>{{documentNumber}}</gk:documentNumber>
        {{/documentNumber}}
        <gk:disclosure>{{disclosureMode}}</gk:disclosure>
        <gk:validity>{{validity}}</gk:validity>
        </entry>
        {{/entries}}
        {{#tombstones}}
        <at:deleted-entry ref="{{tombstoneRef}}" when="{{tombstoneWhen}}">
        {{#tombstoneBy}}
        <at:by><name>{{tombstoneBy}}</name></at:by>
        {{/tombstoneBy}}
        <at:comment>{{tombstoneComment}}</at:comment>
        <gk:indexNumber>{{tombstoneIndexNumber}}</gk:indexNumber>
        </at:deleted-entry>
        {{/tombstones}}
        </feed>

        """
}
