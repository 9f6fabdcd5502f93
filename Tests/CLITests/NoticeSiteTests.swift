import Foundation
import Testing

/// Each published notice gets its page and its feed entry; a withdrawal keeps the page with a
/// visible note and turns the entry into an RFC 6721 tombstone (disclosure.md, "The feed").
@Suite struct NoticeSiteTests {
    static let org = BureauDirectory.organisation

    @Test func aNoticeHasItsPageAndFeedEntryAndAWithdrawalItsTombstone() throws {
        let bureau = try NoticeCommandTests.published()
        let page = try bureau.read("public/notices/\(Self.org)/2025-00002.html")
        #expect(page.contains("文山某化工有限公司环境行政处罚决定书（文环罚〔2025〕1号）"))
        #expect(page.contains("<th scope=\"row\">索引号</th><td>\(Self.org)/2025-00002</td>"))
        let feed = try bureau.read("public/feed.xml")
        let id = "tag:example.invalid,2026:airbulletin/notice/\(Self.org)%2F2025-00002"
        #expect(feed.contains("<id>\(id)</id>"), "\(feed.prefix(2000))")
        #expect(feed.contains("term=\"penalty\""))

        let later = "2025-02-20T09:30"
        let withdraw = try bureau.run(
            [
                "notice", "withdraw", "\(Self.org)/2025-00002", "--reason", "行政复议决定撤销原处罚决定", "--changed-on",
                "2025-02-18",
            ],
            at: later)
        #expect(withdraw.status == 0)
        let withdrawn = try bureau.read("public/notices/\(Self.org)/2025-00002.html")
        #expect(withdrawn.contains("<strong>已撤回</strong> 本信息已于2025年2月20日撤回。撤回理由：行政复议决定撤销原处罚决定（原决定于2025年2月18日变更或撤销）"))
        #expect(withdrawn.contains("文环罚〔2025〕1号"))
        let tombstoned = try bureau.read("public/feed.xml")
        #expect(tombstoned.contains("<at:deleted-entry ref=\"\(id)\""))
        #expect(tombstoned.contains("撤回理由：行政复议决定撤销原处罚决定"))
        #expect(!tombstoned.contains("<id>\(id)</id>"))
        // The other notices keep their entries.
        #expect(tombstoned.contains("<id>tag:example.invalid,2026:airbulletin/notice/\(Self.org)%2F2025-00001</id>"))
    }

    @Test func hostileTextIsEscapedOnThePage() throws {
        let bureau = try BureauDirectory()
        try bureau.write(
            "news.toml",
            """
            kind = "news"
            title = "<script>alert(1)</script> & \\"quotes\\" ]]>"
            body = "<img src=x onerror=alert(1)>"
            """)
        let r = try bureau.run(["notice", "add", "news.toml"], at: NoticeCommandTests.day)
        #expect(r.status == 0, "\(r.stderr)")
        let page = try bureau.read("public/notices/\(Self.org)/2025-00001.html")
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; ]]&gt;"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!page.contains("<script>") && !page.contains("<img src=x"))
        let feed = try bureau.read("public/feed.xml")
        #expect(!feed.contains("<script>") && !feed.contains("]]>"))
    }
}
