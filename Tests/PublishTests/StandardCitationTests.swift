import AQI
import Foundation
import Publish
import Testing

/// Every page cites the editions in force for the period it describes (aqi-standards.md §0):
/// before 2026-03-01 HJ 633—2012 and GB 3095—2012, from then on the 2026 editions; a period
/// that straddles the switch names both, each with its months.
@Suite struct StandardCitationTests {
    /// The pages of periods that end before the switch, and of periods that start on or after it.
    static let before = [
        "months/2025-02.html", "months/2026-02.html", "years/2025.html", "bulletins/2025/2025-02-13.html",
        "bulletins/2025/2025-02-13.en.html", "bulletins/2025/2025-02-13.txt", "bulletins/2026/2026-02-12.html",
    ]
    static let after = ["months/2026-03.html", "bulletins/2026/2026-03-12.html", "bulletins/2026/2026-03-12.en.html"]

    /// The month pages on each side of the switch, byte for byte.
    @Test(arguments: ["months/2025-02.html", "months/2026-03.html", "years/2026.html"])
    func aCitingPageMatchesItsGolden(path: String) throws {
        try golden.check(CitationSite.file(path), "citations/" + path)
    }

    @Test(arguments: before) func aPageBeforeTheSwitchCitesOnlyThe2012Editions(path: String) throws {
        let text = try CitationSite.file(path)
        #expect(!text.contains("—2026"), "\(path) cites a 2026 edition")
        #expect(text.contains("—2012"))
    }

    @Test(arguments: after) func aPageAfterTheSwitchCitesOnlyThe2026Editions(path: String) throws {
        let text = try CitationSite.file(path)
        #expect(!text.contains("—2012"), "\(path) cites a 2012 edition")
        #expect(text.contains("—2026"))
    }

    /// A month short of 27 daily values (February: 25) says so, citing its own edition's table.
    @Test func anIncompleteMonthCitesTheValidityTableOfItsEdition() throws {
        #expect(try CitationSite.file("months/2025-02.html").contains("有效日数不足 GB 3095—2012 表4 的要求"))
        #expect(try CitationSite.file("months/2026-02.html").contains("有效日数不足 GB 3095—2012 表4 的要求"))
        #expect(try CitationSite.file("months/2026-03.html").contains("有效日数不足 GB 3095—2026 表4 的要求"))
    }

    /// The year 2026 is judged under GB 3095—2012 for January and February and GB 3095—2026 after.
    @Test func theYear2026CitesBothEditionsWithTheirMonths() throws {
        let text = try CitationSite.file("years/2026.html")
        #expect(text.contains("有效日数不足 GB 3095—2012 表4（1—2月）、GB 3095—2026 表4（3—12月）的要求"))
    }
}
