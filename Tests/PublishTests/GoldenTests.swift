import Foundation
import Publish
import Testing

/// Every published format of the golden site, byte for byte (re-record: see `golden`).
@Suite struct GoldenTests {
    static let goldenPaths = [
        "bulletins/2025/2025-01-15.html", "bulletins/2025/2025-01-15.en.html", "bulletins/2025/2025-01-15.json",
        "bulletins/2025/2025-01-15.txt", "bulletins/2025/2025-01-15.r1.html", "bulletins/2025/2025-01-15.r1.json",
        "bulletins/2026/2026-03-15.html", "bulletins/2026/2026-03-15.en.html", "bulletins/2026/2026-03-15.json",
        "bulletins/2026/2026-03-15.txt", "bulletins/2026/2026-03-16.html", "bulletins/2026/2026-03-16.en.html",
        "bulletins/2026/2026-03-16.json", "bulletins/2026/2026-03-16.txt", "months/2025-01.html", "months/2025-01.json",
        "months/2026-03.html", "years/2025.html", "years/2026.html", "index.html", "feed.xml", "history.csv",
    ]

    @Test(arguments: goldenPaths) func renderedFileMatchesItsGolden(path: String) throws {
        let file = try #require(GoldenSite.files.first { $0.path == path }, "\(path) was not rendered")
        try golden.check(file.text, path)
    }

    /// The same content renders the same bytes: nothing depends on the wall clock, the
    /// environment or dictionary order.
    @Test func renderingIsDeterministic() throws {
        let first = GoldenSite.files
        let second = try renderSite(GoldenSite.content)
        #expect(first == second)
        #expect(first.map(\.path) == first.map(\.path).sorted())
    }

    /// The layout of ARCHITECTURE.md (Output): every day with its formats, earlier revisions at
    /// their own URLs, months, years, the index, the feed, the history and contributed pages.
    @Test func siteLayout() throws {
        let paths = Set(GoldenSite.files.map(\.path))
        for day in 1...31 {
            let stem = "bulletins/2025/2025-01-\(day < 10 ? "0" : "")\(day)"
            for ext in [".html", ".en.html", ".json", ".txt"] { #expect(paths.contains(stem + ext), "\(stem)\(ext)") }
        }
        #expect(paths.contains("bulletins/2025/2025-01-15.r1.en.html"))
        #expect(!paths.contains("bulletins/2025/2025-01-15.r2.html"))
        #expect(!paths.contains("bulletins/2025/2025-01-14.r1.html"))
        for path in [
            "months/2025-01.html", "months/2025-01.json", "months/2026-03.json", "years/2025.html", "index.html",
            "feed.xml", "history.csv", "notices/MB0000000-2026-00071.html",
        ] {
            #expect(paths.contains(path), "\(path)")
        }
        #expect(!paths.contains { $0.hasPrefix("feed-archive") })
        // 31 days × 4 formats, revision 1 of the 15th × 3, two 2026 days × 4, two months × 2,
        // two years, index + feed + history, one contributed page.
        #expect(paths.count == 31 * 4 + 3 + 2 * 4 + 2 * 2 + 2 + 3 + 1)
    }
}
