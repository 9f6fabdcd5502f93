import AQI
import Foundation
import Publish
import Testing

/// The feed parses cleanly in a real feed reader (Python feedparser, bozo 0), keeps each
/// entry's id across a republish, and pages into RFC 5005 archives past 100 entries.
@Suite(.enabled(if: ExternalTool.hasFeedparser, "needs python3 with feedparser (scripts/install-deps installs it)"))
struct FeedTests {
    /// Parses feed files with feedparser and prints, per file, bozo, the entry count and each
    /// entry as `id|updated|title`.
    static func parse(_ texts: [String]) throws -> [String] {
        let folder = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for (i, text) in texts.enumerated() {
            let url = folder.appendingPathComponent("feed-\(i).xml")
            try text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let script = """
            import sys, feedparser
            for path in sys.argv[1:]:
                d = feedparser.parse(path)
                print("bozo", int(d.bozo), repr(d.get("bozo_exception", "")))
                print("entries", len(d.entries))
                for e in d.entries:
                    print(e.id + "|" + e.updated + "|" + e.title + "|" + e.get("gk_indexnumber", ""))
            """
        let result = try ExternalTool.run(ExternalTool.find("python3")!, ["-c", script] + paths)
        #expect(result.status == 0, "\(result.errors)")
        return result.output.split(separator: "\n").map(String.init)
    }

    static func site(_ documents: [BulletinDocument], extra: [FeedEntry] = []) throws -> [RenderedFile] {
        try renderSite(
            SiteContent(
                identity: GoldenSite.identity, bulletins: documents, generatedAt: GoldenSite.generatedAt,
                baseURL: "https://example.gov.cn/air/", idAuthority: "example.gov.cn,2025", extraEntries: extra))
    }

    @Test func republishKeepsTheIdAndChangesUpdated() throws {
        let before = try Self.site(SampleBulletins.january)
        let after = try Self.site(SampleBulletins.january + [GoldenSite.republished15])
        let feeds = [before, after].map { files in files.first { $0.path == "feed.xml" }!.text }
        let lines = try Self.parse(feeds)
        let first = Array(lines.prefix(33))
        let second = Array(lines.dropFirst(33))
        #expect(first.prefix(2) == ["bozo 0 ''", "entries 31"])
        #expect(second.prefix(2) == ["bozo 0 ''", "entries 31"])
        let id = "tag:example.gov.cn,2025:airbulletin/532601/2025-01-15"
        let old = try #require(first.first { $0.hasPrefix(id + "|") })
        let new = try #require(second.first { $0.hasPrefix(id + "|") })
        #expect(old == id + "|2025-01-16T09:00:00+08:00|2025年1月15日 文山市空气质量日报|MB0000000/2025-00151")
        #expect(new == id + "|2025-01-17T10:30:00+08:00|2025年1月15日 文山市空气质量日报|MB0000000/2025-00152")
        #expect(
            Set(first.dropFirst(2).map { $0.split(separator: "|")[0] })
                == Set(second.dropFirst(2).map { $0.split(separator: "|")[0] }))
        // The entry carries its revision note; entries stay newest first by their last change.
        #expect(second[2].hasPrefix("tag:example.gov.cn,2025:airbulletin/532601/2025-01-31|"))
        #expect(feeds[1].contains("修订说明：第2版于 2025-01-17 10:30 发布"))
        #expect(
            feeds[1].contains(
                "<published>2025-01-16T09:00:00+08:00</published>\n<updated>2025-01-17T10:30:00+08:00</updated>"))
    }

    @Test func goldenFeedWithNoticesAndATombstoneParses() throws {
        let feed = try #require(GoldenSite.files.first { $0.path == "feed.xml" }).text
        let lines = try Self.parse([feed])
        #expect(lines.prefix(2) == ["bozo 0 ''", "entries 34"])
        #expect(
            feed.contains(
                "<at:deleted-entry ref=\"tag:example.gov.cn,2025:notice/MB0000000-2026-00052\" when=\"2026-03-04T16:00:00+08:00\">"
            ))
        #expect(lines.contains { $0.hasPrefix("tag:example.gov.cn,2025:notice/MB0000000-2026-00071|") })
        #expect(!lines.contains { $0.hasPrefix("tag:example.gov.cn,2025:notice/MB0000000-2026-00052|") })
    }

    /// 250 days: two archive pages of 100 (oldest first) and a subscription feed of the newest
    /// 50, linked as RFC 5005 says; a republished archived day also appears in the current feed.
    @Test func archivePagesPast100Entries() throws {
        let template = SampleBulletins.january[14]
        var documents: [BulletinDocument] = []
        for k in 0..<250 {
            var doc = template
            doc.date = LocalDate(year: 2024, month: 1, day: 1).adding(days: k)
            doc.revision.publishedAt = SampleBulletins.unixSeconds(doc.date.adding(days: 1), hour: 9)
            documents.append(doc)
        }
        var fix = documents[10]
        fix.revision = RevisionInfo(
            number: 2, reason: "数据审核", publishedBy: "王芳",
            publishedAt: SampleBulletins.unixSeconds(LocalDate(year: 2024, month: 9, day: 8), hour: 11),
            indexNumber: "MB0000000/2024-09999")
        let files = try Self.site(documents + [fix])
        let feeds = ["feed.xml", "feed-archive-1.xml", "feed-archive-2.xml"].map { path in
            files.first { $0.path == path }?.text ?? ""
        }
        #expect(!files.contains { $0.path == "feed-archive-3.xml" })
        let lines = try Self.parse(feeds)
        #expect(lines.filter { $0.hasPrefix("bozo") } == ["bozo 0 ''", "bozo 0 ''", "bozo 0 ''"])
        #expect(lines.filter { $0.hasPrefix("entries") } == ["entries 51", "entries 100", "entries 100"])
        let base = "https://example.gov.cn/air/"
        #expect(
            feeds[0].contains(
                "<link rel=\"prev-archive\" type=\"application/atom+xml\" href=\"\(base)feed-archive-2.xml\"/>"))
        #expect(!feeds[0].contains("<fh:archive/>"))
        #expect(feeds[1].contains("<fh:archive/>"))
        #expect(feeds[1].contains("<link rel=\"current\" type=\"application/atom+xml\" href=\"\(base)feed.xml\"/>"))
        #expect(
            feeds[1].contains(
                "<link rel=\"next-archive\" type=\"application/atom+xml\" href=\"\(base)feed-archive-2.xml\"/>"))
        #expect(!feeds[1].contains("prev-archive"))
        #expect(
            feeds[2].contains(
                "<link rel=\"prev-archive\" type=\"application/atom+xml\" href=\"\(base)feed-archive-1.xml\"/>"))
        #expect(feeds[1].contains("<id>tag:example.gov.cn,2025:airbulletin/532601/2024-04-09</id>"))  // day 100
        #expect(feeds[2].contains("<id>tag:example.gov.cn,2025:airbulletin/532601/2024-04-10</id>"))  // day 101
        #expect(!feeds[0].contains("<id>tag:example.gov.cn,2025:airbulletin/532601/2024-04-10</id>"))
        #expect(feeds[0].contains("<id>tag:example.gov.cn,2025:airbulletin/532601/2024-01-11</id>"))  // republished
        #expect(feeds[1].contains("<id>tag:example.gov.cn,2025:airbulletin/532601/2024-01-11</id>"))
        if let xmllint = ExternalTool.find("xmllint") {
            let folder = try ExternalTool.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: folder) }
            let paths = try feeds.enumerated().map { i, text in
                let url = folder.appendingPathComponent("\(i).xml")
                try text.write(to: url, atomically: true, encoding: .utf8)
                return url.path
            }
            let result = try ExternalTool.run(xmllint, ["--noout", "--nonet"] + paths)
            #expect(result.status == 0 && result.errors.isEmpty, "\(result.errors)")
        }
    }
}
