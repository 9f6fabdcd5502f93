import AQI
import Foundation
import Publish
import Testing

/// The root page of a multi-area site (a province): the day's ranking by AQI and the month's by
/// composite index, titled by the issuer (issue 11, item 5).
@Suite struct DirectoryPageTests {
    @Test func theDirectoryMatchesItsGolden() throws {
        try golden.check(DirectorySite.page.text, "directory/index.html")
    }

    /// The old page said "空气质量空气质量日报" in its title and header.
    @Test func theTitleNamesTheIssuerWithoutDoubledWords() throws {
        let text = DirectorySite.page.text
        #expect(!text.contains("空气质量空气质量"))
        #expect(text.contains("<title>云南省生态环境厅 · 城市空气质量</title>"))
        #expect(text.contains("<h1>云南省生态环境厅 · 城市空气质量</h1>"))
        // No feed or history at a multi-area root: each area has its own in <area code>/.
        #expect(!text.contains("feed.xml"))
        #expect(!text.contains("history.csv"))
    }

    /// The latest day is the latest any area published; ties share a rank, NA and absent areas
    /// come after the ranked ones, and the latest revision of a day counts (昆明's second).
    @Test func theDayRanksTheAreasByAQI() throws {
        let rows = DirectorySite.page.text.components(separatedBy: "\n").filter { $0.hasPrefix("<tr><td") }
        #expect(
            Array(rows.prefix(6)) == [
                "<tr><td class=\"num\">1</td><th scope=\"row\"><a href=\"530100/index.html\">昆明</a></th><td class=\"num\">42</td><td>一级</td><td><span class=\"swatch\" style=\"background:#00E400\"></span>优</td><td>—</td></tr>",
                "<tr><td class=\"num\">1</td><th scope=\"row\"><a href=\"530400/index.html\">玉溪</a></th><td class=\"num\">42</td><td>一级</td><td><span class=\"swatch\" style=\"background:#00E400\"></span>优</td><td>—</td></tr>",
                "<tr><td class=\"num\">3</td><th scope=\"row\"><a href=\"530300/index.html\">曲靖</a></th><td class=\"num\">110</td><td>三级</td><td><span class=\"swatch\" style=\"background:#FF7E00\"></span>轻度污染</td><td>PM2.5</td></tr>",
                "<tr><td class=\"num\">—</td><th scope=\"row\"><a href=\"532600/index.html\">文山州</a></th><td class=\"num\">NA</td><td>NA</td><td>NA</td><td>NA</td></tr>",
                "<tr><td class=\"num\">—</td><th scope=\"row\"><a href=\"530700/index.html\">丽江</a></th><td colspan=\"4\">当日未发布（最近一期：2026年3月4日）</td></tr>",
                "<tr><td class=\"num\">—</td><th scope=\"row\"><a href=\"532900/index.html\">大理州</a></th><td colspan=\"4\">尚未发布日报</td></tr>",
            ])
        #expect(DirectorySite.page.text.contains("<h2>2026年3月5日 城市空气质量日报</h2>"))
    }

    /// The month to the latest day, lowest composite index first, ties sharing a rank; the change
    /// on the same days of 2025 judges both years by this month's limits, so 丽江's unchanged air
    /// is 持平 although GB 3095—2026 lowered the PM limits.
    @Test func theMonthRanksTheAreasByCompositeIndex() throws {
        let text = DirectorySite.page.text
        #expect(text.contains("<h2>2026年3月（1—5日）城市环境空气质量综合指数排名</h2>"))
        let rows = text.components(separatedBy: "\n").filter { $0.hasPrefix("<tr><td") }.dropFirst(6)
        let cells = rows.map { row in
            row.components(separatedBy: "<t").dropFirst(2).map {
                $0.components(separatedBy: ">").dropFirst().first { !$0.hasPrefix("<") }?
                    .components(separatedBy: "<")[0] ?? ""
            }
        }
        #expect(
            cells == [
                ["1", "丽江", "2.35", "持平", "100.0%", "4"], ["2", "昆明", "2.68", "下降 8.5%", "100.0%", "5"],
                ["2", "玉溪", "2.68", "下降 8.5%", "100.0%", "5"], ["4", "文山州", "3.18", "—", "100.0%", "4"],
                ["5", "曲靖", "3.98", "上升 8.1%", "80.0%", "5"], ["—", "大理州", "—", "—", "—", "0"],
            ])
        #expect(text.contains("上年同期的综合指数也按 GB 3095—2026（过渡阶段） 二级浓度限值计算"))
    }

    /// Each composite index is the one of the area's own month page.
    @Test func theMonthUsesTheMonthPagesStatistics() throws {
        let area = DirectorySite.areas[0]
        let site = try renderSite(
            SiteContent(
                identity: area.identity, bulletins: area.documents, generatedAt: 0,
                baseURL: "https://example.gov.cn/air/", idAuthority: "example.gov.cn,2025"))
        let month = try #require(site.first { $0.path == "months/2026-03.html" }).text
        #expect(month.contains("环境空气质量综合指数 2.68（按 GB 3095—2026（过渡阶段） 二级浓度限值）"))
        #expect(
            DirectorySite.page.text.contains(
                "<a href=\"530100/months/2026-03.html\">昆明</a></th><td class=\"num\">2.68</td>"))
    }

    @Test func anAreaTwiceOrABulletinOfAnotherAreaIsRefused() throws {
        let kunming = DirectorySite.areas[0]
        #expect(throws: SiteError("area 530100 appears twice in the directory")) {
            try renderAreaDirectory(issuer: DirectorySite.issuer, areas: [kunming, kunming])
        }
        let wrong = AreaDirectoryInput(identity: DirectorySite.areas[1].identity, documents: kunming.documents)
        #expect(throws: SiteError("the bulletin of 2025-03-01 is for area 530100, not 530300")) {
            try renderAreaDirectory(issuer: DirectorySite.issuer, areas: [wrong])
        }
    }

    @Test func aDirectoryWithoutBulletinsSaysSo() throws {
        let page = try renderAreaDirectory(
            issuer: DirectorySite.issuer,
            areas: [AreaDirectoryInput(identity: DirectorySite.areas[5].identity, documents: [])])
        #expect(page.path == "index.html")
        #expect(page.text.contains("<p>尚未发布空气质量日报。</p>"))
    }
}
