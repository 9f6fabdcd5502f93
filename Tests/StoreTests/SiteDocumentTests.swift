import Foundation
import GRDB
import Store
import Testing

/// Site files the store keeps so that a re-render never loses them: append-only revisions.
@Suite struct SiteDocumentTests {
    let report = Array("<h1>2025 年度报告</h1>\n".utf8)
    let feed: [UInt8] = [0x00, 0xFF, 0x3C]

    @Test func documentsRoundTripAsTheLatestOfEachPathByPath() throws {
        try withTemporaryStore { store, _ in
            let stored = try store.storeSiteDocuments(
                [(path: "reports/2025/annual.html", content: report), (path: "feed.bin", content: feed)], at: 1_000)
            #expect(
                stored == [
                    SiteDocument(path: "reports/2025/annual.html", revision: 1, content: report, createdAt: 1_000),
                    SiteDocument(path: "feed.bin", revision: 1, content: feed, createdAt: 1_000),
                ])
            #expect(try store.currentSiteDocuments() == [stored[1], stored[0]])
        }
    }

    @Test func unchangedContentAddsNothing() throws {
        try withTemporaryStore { store, _ in
            let first = try store.storeSiteDocuments([(path: "reports/2025/annual.html", content: report)], at: 1_000)
            let again = try store.storeSiteDocuments([(path: "reports/2025/annual.html", content: report)], at: 2_000)
            #expect(again == [])
            #expect(try store.currentSiteDocuments() == first)
            #expect(try store.siteDocumentRevisions(path: "reports/2025/annual.html") == first)
        }
    }

    @Test func changedContentIsTheNextRevisionAndTheFirstIsKept() throws {
        try withTemporaryStore { store, _ in
            let path = "reports/2025/annual.html"
            let corrected = Array("<h1>2025 年度报告（更正）</h1>\n".utf8)
            let first = try store.storeSiteDocuments([(path: path, content: report)], at: 1_000)
            let second = try store.storeSiteDocuments(
                [(path: path, content: corrected), (path: "reports/2024/annual.html", content: feed)], at: 2_000)
            #expect(
                second == [
                    SiteDocument(path: path, revision: 2, content: corrected, createdAt: 2_000),
                    SiteDocument(path: "reports/2024/annual.html", revision: 1, content: feed, createdAt: 2_000),
                ])
            #expect(try store.siteDocumentRevisions(path: path) == first + [second[0]])
            #expect(try store.currentSiteDocuments() == [second[1], second[0]])
            // Back to the first text is a change too: revision 3, not a rewind.
            let third = try store.storeSiteDocuments([(path: path, content: report)], at: 3_000)
            #expect(third.map(\.revision) == [3])
            #expect(try store.siteDocumentRevisions(path: path).map(\.revision) == [1, 2, 3])
        }
    }

    @Test(arguments: [
        ("", "the site document path \"\" is refused: it is empty; nothing was stored"),
        (
            "/etc/passwd",
            "the site document path \"/etc/passwd\" is refused: it starts with \"/\" (site paths are relative to the "
                + "site's root); nothing was stored"
        ),
        (
            "reports/../../x",
            "the site document path \"reports/../../x\" is refused: it contains \"..\"; nothing was stored"
        ),
        ("..", "the site document path \"..\" is refused: it contains \"..\"; nothing was stored"),
        (
            "reports\\2025.html",
            "the site document path \"reports\\\\2025.html\" is refused: it contains a backslash (use \"/\" between "
                + "folders); nothing was stored"
        ),
        (
            "a\u{0}.html",
            "the site document path \"a\\u{0}.html\" is refused: it contains the control character U+0000; nothing "
                + "was stored"
        ),
        (
            "a\nb.html",
            "the site document path \"a\\u{A}b.html\" is refused: it contains the control character U+000A; nothing "
                + "was stored"
        ),
        (
            "report\u{202E}lmth.exe",
            "the site document path \"report\\u{202E}lmth.exe\" is refused: it contains the control character U+202E; "
                + "nothing was stored"
        ),
    ])
    func aHostilePathIsRefusedAndNothingIsStored(path: String, message: String) throws {
        let store = try Store.inMemory()
        let error = #expect(throws: StoreError.self) {
            try store.storeSiteDocuments([(path: "index.html", content: report), (path: path, content: report)], at: 1)
        }
        #expect(error?.description == message)
        #expect(try store.currentSiteDocuments() == [])
    }

    @Test func aPathGivenTwiceIsRefused() throws {
        let store = try Store.inMemory()
        let error = #expect(throws: StoreError.self) {
            try store.storeSiteDocuments([(path: "a.html", content: report), (path: "a.html", content: feed)], at: 1)
        }
        #expect(error?.description == "the site document path \"a.html\" is given twice; nothing was stored")
        #expect(try store.currentSiteDocuments() == [])
    }

    @Test func storedRevisionsAreNeverRewrittenOrDeleted() throws {
        try withTemporaryStore { store, path in
            try store.storeSiteDocuments([(path: "reports/2025/annual.html", content: report)], at: 1_000)
            let update = #expect(throws: DatabaseError.self) {
                try executeRawSQL("UPDATE site_document SET content = x'00'", atPath: path)
            }
            #expect(update?.message == "a stored site document revision is never rewritten: append a new revision")
            let rename = #expect(throws: DatabaseError.self) {
                try executeRawSQL("UPDATE site_document SET path = 'other.html'", atPath: path)
            }
            #expect(rename?.message == "a stored site document revision is never rewritten: append a new revision")
            let delete = #expect(throws: DatabaseError.self) {
                try executeRawSQL("DELETE FROM site_document", atPath: path)
            }
            #expect(delete?.message == "site document revisions are never deleted")
            #expect(try store.currentSiteDocuments().map(\.content) == [report])
        }
    }
}
