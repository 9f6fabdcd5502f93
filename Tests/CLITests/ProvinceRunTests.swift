import Foundation
import TestSupport
import Testing

/// What a province met in its first week (issue 11), replayed on two areas that share one
/// upstream (RunScenario(province: true)): each test failed before its fix.
@Suite(.serialized) struct ProvinceRunTests {
    /// Item 3: a correction of one area re-renders the site, and every other area's pages stay.
    @Test func aCorrectionOfOneAreaLeavesTheOtherAreasPages() throws {
        let s = try RunScenario(province: true)
        let first = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("2025-01-13 砚山县: published revision 1"))
        let yanshan = try s.siteSnapshot(under: "532622/")
        #expect(yanshan.keys.contains("532622/bulletins/2025/2025-01-13.html"))
        #expect(yanshan.count > 10)

        s.now = "2025-01-14T11:00"
        let fixed = try s.airbulletin([
            "republish", "--area", "532601", "--date", "2025-01-13", "--reason", "复核", "--operator", "张三",
        ])
        #expect(fixed.status == 0, "\(fixed.stdout)\(fixed.stderr)")
        #expect(fixed.stdout.contains("2025-01-13 文山市: revision 1 → 2\n"))
        #expect(fixed.stdout.contains("  published revision 2 by 张三: 复核\n"))
        #expect(try s.siteSnapshot(under: "532622/") == yanshan)
        #expect(s.site("532601/bulletins/2025/2025-01-13.r1.html") != nil)
        #expect(s.site("index.html")?.contains("532622/index.html") == true)
    }

    /// Item 3: without --area, a correction would go out for every area with one clerk's reason.
    @Test func republishWithoutAnAreaRefusesAndListsThem() throws {
        let s = try RunScenario(province: true)
        #expect(try s.airbulletin(["run", "--date", "2025-01-13"]).status == 0)
        let before = try s.siteSnapshot()
        let requests = s.server?.requests.count
        let r = try s.airbulletin(["republish", "--date", "2025-01-13", "--reason", "复核"])
        #expect(r.status == 2)
        #expect(
            r.stderr.hasSuffix(
                "error: republish corrects one area and 2 are configured; name it with --area CODE (its reason is published with it):\n"
                    + "  532601 文山市\n  532622 砚山县\n"), "\(r.stderr)")
        #expect(try s.siteSnapshot() == before)
        #expect(s.server?.requests.count == requests)
        #expect(try s.sql("SELECT count(*) FROM bulletin WHERE revision > 1;") == "0\n")
    }

    /// Item 4: the upstream is down, the stored readings are what the clerk wants published.
    @Test func aCorrectionFromTheStoreNeedsNoUpstream() throws {
        let s = try RunScenario(province: true)
        #expect(try s.airbulletin(["run", "--date", "2025-01-13"]).status == 0)
        s.stopUpstream()
        s.now = "2025-01-14T11:00"
        let refused = try s.airbulletin(["republish", "--area", "532622", "--date", "2025-01-13", "--reason", "更正发布机构"])
        #expect(refused.status == 1)
        #expect(refused.stdout.contains("or publish the stored readings with --from-store"))
        let r = try s.airbulletin([
            "republish", "--area", "532622", "--date", "2025-01-13", "--reason", "更正发布机构", "--from-store",
        ])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("  from the stored readings (nothing fetched)\n  hourly inputs: unchanged\n"))
        let note = "更正发布机构（据已存储的监测数据重新发布，未重新获取上游数据）"
        #expect(r.stdout.contains("  published revision 2 by "))
        #expect(s.site("532622/bulletins/2025/2025-01-13.json")?.contains("\"reason\": \"\(note)\"") == true)
    }

    /// Item 2: a value the renderer would refuse after the fetch is refused at load: exit 2, no request.
    @Test func anIDAuthorityTheFeedCannotUseIsRefusedBeforeAnyFetch() throws {
        let s = try RunScenario(province: true)
        let config = s.directory.appendingPathComponent("airbulletin.toml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try text.replacingOccurrences(of: "id_authority = \"sthjj.example.gov.cn,2026\"", with: "id_authority = \"Sthjt.Example.gov.cn,2026\"")
            .write(to: config, atomically: true, encoding: .utf8)
        let r = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(r.status == 2)
        #expect(
            r.stderr.hasSuffix(
                "airbulletin.toml:8: error: \"id_authority\": \"Sthjt.Example.gov.cn,2026\" must be a lower-case domain and a date, e.g. sthjj.example.gov.cn,2026 (RFC 4151 taggingEntity)\n"
            ), "\(r.stderr)")
        #expect(s.server?.requests.isEmpty == true)
        #expect(!FileManager.default.fileExists(atPath: s.directory.appendingPathComponent("var").path))
    }

    /// Item 10: a day is published only after its 24时 and the settling delay; a future day says so.
    @Test func aDayThatIsNotOverIsNotPublished() throws {
        let s = try RunScenario(province: true)
        s.now = "2025-01-13T20:00"
        let r = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(r.status == 0, "\(r.stdout)")
        #expect(
            r.stdout.contains(
                "2025-01-13: not published yet — the day is not over: it is published after its 24时 and the 60-minute settling delay, from 2025-01-14 01:00 China Standard Time; run again then"
            ))
        #expect(r.stdout.contains("2025-01-12 文山市: published revision 1"))
        #expect(r.stdout.contains("run 2025-01-13: published 4 days;"))
        #expect(try s.sql("SELECT count(*) FROM bulletin WHERE date = '2025-01-13';") == "0\n")
        #expect(s.server?.requests(to: "/air/china_sites_20250114.csv").isEmpty == true)

        s.now = "2025-01-14T00:30"
        let early = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(early.status == 0)
        #expect(early.stdout.contains("run 2025-01-13: 2025-01-13 is not over yet; nothing published for it;"))

        let future = try s.airbulletin(["run", "--date", "2025-01-20"])
        #expect(future.status == 0)
        #expect(
            future.stdout.contains(
                "2025-01-20: not published — the day is in the future (today is 2025-01-14 in China Standard Time)"))
        #expect(!future.stdout.contains("could not be fetched"))

        s.now = "2025-01-14T01:00"
        let settled = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(settled.stdout.contains("2025-01-13 文山市: published revision 1"), "\(settled.stdout)")
    }

    /// Item 8: the files a run fetches are those its days need, not every day since the oldest gap.
    @Test func onlyTheFilesTheDaysToPublishNeedAreFetched() throws {
        let s = try RunScenario(province: true)
        s.now = "2025-01-21T07:10"
        #expect(try s.airbulletin(["run", "--date", "2025-01-20", "--catch-up", "14"]).status == 0)
        // 2025-01-05 was never published (as if its file had been missing): a later run catches it up.
        s.now = "2025-01-23T07:10"
        let before = s.server?.requests.count ?? 0
        let r = try s.airbulletin(["run", "--date", "2025-01-22", "--catch-up", "17"])
        #expect(r.status == 0, "\(r.stdout)")
        let fetched = (s.server?.requests ?? []).dropFirst(before).map(\.path).sorted()
        // 01-05 (and its 24时 in 01-06), 01-21, 01-22 (and 01-23), and the 48-hour correction window.
        #expect(
            fetched == [
                "/air/china_sites_20250105.csv", "/air/china_sites_20250106.csv", "/air/china_sites_20250121.csv",
                "/air/china_sites_20250122.csv", "/air/china_sites_20250123.csv",
            ])
        #expect(r.stdout.contains("2025-01-05 文山市: published revision 1"))
        #expect(r.stdout.contains("fetched 5 of 5 files:"))
    }

    /// Item 15: a retried request leaves one fetch-log row per attempt and a line in the output.
    @Test func retriesAndInterruptedRunsAreLogged() throws {
        let s = try RunScenario(province: true, fetchAttempts: 2)
        s.before["china_sites_20250113.csv"] = [TestHTTPResponse(status: 500, body: Array("busy".utf8))]
        try s.startUpstream()
        let r = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("retried: GET \(s.server!.url("/air/china_sites_20250113.csv")): HTTP 500 on attempt 1; waited "))
        #expect(r.stdout.contains("fetched 4 of 4 files (1 retried):"))
        #expect(
            try s.sql("SELECT attempt, http_status, waited_ms IS NOT NULL FROM fetch_log WHERE url LIKE '%20250113%' ORDER BY id;")
                == "1|500|1\n2|200|0\n")

        // A killed run's log row is closed by the next run: RunCommandTests (a real SIGKILL) and
        // RunPolicyTests.aRunAKillLeftOpenIsClosedAsInterrupted.
    }

    /// Items 11 and 13: the store fails after the first of a run's bulletins was written (as a full
    /// disk would): no revision and no 索引号 of the run is kept, the message says exactly that, and
    /// the next run numbers on without a gap.
    @Test func aStoreFailureMidRunKeepsNoBulletinAndUsesUpNoNumber() throws {
        let s = try RunScenario(province: true)
        #expect(try s.airbulletin(["run", "--date", "2025-01-12"]).status == 0)
        #expect(try s.sql("SELECT count(*), max(serial) FROM index_number;") == "6|6\n")
        _ = try s.sql(
            "CREATE TRIGGER disk_full BEFORE INSERT ON bulletin WHEN (SELECT count(*) FROM bulletin) >= 7 "
                + "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END;")
        s.now = "2025-01-14T07:10"
        let r = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(r.status == 1)
        #expect(
            r.stdout.contains(
                "no bulletin revision and no 索引号 of this run was kept; the readings fetched were stored (added "),
            "\(r.stdout)")
        #expect(r.stdout.contains("database or disk is full"))
        #expect(!r.stdout.contains("published revision"))
        #expect(r.stdout.contains("run 2025-01-13: 2025-01-13 NOT published;"))
        #expect(try s.sql("SELECT count(*) FROM bulletin;") == "6\n")
        #expect(try s.sql("SELECT count(*), max(serial) FROM index_number;") == "6|6\n")

        _ = try s.sql("DROP TRIGGER disk_full;")
        let next = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(next.status == 0)
        #expect(try s.sql("SELECT count(*), max(serial) FROM index_number;") == "8|8\n")
    }

    /// Item 15: when the site cannot be written the summary does not say the days were published.
    @Test func aSiteThatCannotBeWrittenIsNotCalledPublished() throws {
        let s = try RunScenario(province: true)
        // /proc/self exists, but nothing can be made in it: the site write fails after the commit.
        let r = try s.airbulletin(["--site", "/proc/self/public", "run", "--date", "2025-01-13"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("run 2025-01-13: 6 days stored but NOT on the site yet; 0 corrections waiting;"), "\(r.stdout)")
        #expect(r.stdout.hasSuffix("site NOT updated (it keeps its previous state; the next run will finish the publication)\n"))
        let next = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(next.status == 0)
        #expect(next.stdout.contains("/public updated ("))
        #expect(s.site("532622/bulletins/2025/2025-01-13.html") != nil)
    }

    /// Item 2: the paths are checked with the configuration too: a site folder whose path runs
    /// through a file, or an area in [site] areas that no stations file has, stops before any fetch.
    @Test func aSitePathThroughAFileAndAnUnknownAreaAreRefusedBeforeAnyFetch() throws {
        let s = try RunScenario(province: true)
        try "a file\n".write(to: s.directory.appendingPathComponent("blocked"), atomically: true, encoding: .utf8)
        let blocked = try s.airbulletin(["--site", "blocked/public", "run", "--date", "2025-01-13"])
        #expect(blocked.status == 2)
        #expect(blocked.stderr.contains("error: the site folder blocked/public cannot be created: "))
        let config = s.directory.appendingPathComponent("airbulletin.toml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try text.replacingOccurrences(of: "[site]\n", with: "[site]\nareas = [\"532601\", \"530100\"]\n")
            .write(to: config, atomically: true, encoding: .utf8)
        let unknown = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr.contains(
                "airbulletin.toml:7: error: \"areas\" names \"530100\", which no file of \(s.directory.path)/stations/ has (areas: 532601 文山市, 532622 砚山县)"
            ), "\(unknown.stderr)")
        #expect(s.server?.requests.isEmpty == true)
    }
}

/// Item 7: one placeholder policy for every published document; the shipped stations files carry
/// the placeholder, so a configuration publishes with it only when it declares a rehearsal.
@Suite struct PlaceholderPolicyTests {
    @Test func aRunWithThePlaceholderIsRefusedUnlessARehearsalIsDeclared() throws {
        let s = try RunScenario()
        let rehearsal = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(rehearsal.status == 0)
        #expect(
            rehearsal.stdout.hasPrefix(
                "warning: rehearsal: 文山州生态环境局文山分局 (文山市) publishes with the placeholder organisation code 000000000000000000 ([site] rehearsal = true): every 索引号 issued now carries it;"
            ), "\(rehearsal.stdout)")

        let config = s.directory.appendingPathComponent("airbulletin.toml")
        let text = try String(contentsOf: config, encoding: .utf8)
        let withoutRehearsal = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("rehearsal = true") }.joined(separator: "\n")
        #expect(withoutRehearsal != text)
        try withoutRehearsal.write(to: config, atomically: true, encoding: .utf8)
        let requests = s.server?.requests.count
        let refused = try s.airbulletin(["run", "--date", "2025-01-14"])
        #expect(refused.status == 2)
        #expect(
            refused.stderr.contains(
                "stations/wenshan.toml:7: error: org_code of 文山州生态环境局文山分局 (文山市) is the placeholder 000000000000000000: put the bureau's real 统一社会信用代码 there before publishing"
            ), "\(refused.stderr)")
        #expect(s.server?.requests.count == requests)
        let republish = try s.airbulletin(["republish", "--date", "2025-01-13", "--reason", "复核"])
        #expect(republish.status == 2)
        #expect(republish.stderr.contains("is the placeholder 000000000000000000"))
    }
}
