import Foundation
import Testing

/// `airbulletin run` and `republish` over several simulated mornings against an upstream on
/// 127.0.0.1 (issue: Operating it, "Done when").
@Suite(.serialized) struct RunCommandTests {
    @Test func severalMorningsWithAnOutageALateCorrectionAndACrash() throws {
        let s = try RunScenario()

        // Morning of the 14th: yesterday and the two days before it (catch_up_days = 2) go out.
        let first = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(first.stdout.contains("2025-01-11 文山市: published revision 1 — AQI 38 优"))
        #expect(first.stdout.contains("2025-01-13 文山市: published revision 1 — AQI 55 良, primary O3"))
        #expect(
            first.stdout.contains(
                "run 2025-01-13: published 3 days; 0 corrections waiting; fetched 4 of 4 files; site "))
        #expect(first.stdout.contains("/public updated ("))
        #expect(s.site("bulletins/2025/2025-01-13.html")?.contains("空气质量指数") == true)

        // The same morning again: nothing changes, and it says so.
        s.now = "2025-01-14T10:10"
        let again = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(again.status == 0)
        #expect(again.stdout.contains("2025-01-13 文山市: already published (revision 1); inputs unchanged"))
        #expect(
            again.stdout.contains("run 2025-01-13: nothing to do: 2025-01-13 already published; 0 corrections waiting;")
        )
        #expect(again.stdout.hasSuffix("site unchanged\n"))

        // Morning of the 15th: the upstream is down. Exit 1; the site keeps its previous state.
        s.now = "2025-01-15T07:10"
        let before = try s.siteSnapshot()
        s.stopUpstream()
        let down = try s.airbulletin(["run", "--date", "2025-01-14"])
        #expect(down.status == 1)
        #expect(down.stdout.contains("2025-01-14 文山市: not published — its upstream files could not be fetched"))
        #expect(down.stdout.contains("run 2025-01-14: 2025-01-14 NOT published;"))
        #expect(down.stdout.contains("connection refused"))
        #expect(try s.siteSnapshot() == before)

        // Morning of the 16th: the upstream is back; the missed day is caught up, oldest first.
        s.now = "2025-01-16T07:10"
        try s.startUpstream()
        let back = try s.airbulletin(["run", "--date", "2025-01-15"])
        #expect(back.status == 0, "\(back.stdout)")
        let caughtUp = back.stdout.range(of: "2025-01-14 文山市: published revision 1")
        let today = back.stdout.range(of: "2025-01-15 文山市: published revision 1 — AQI 80 良, primary PM2.5")
        #expect(caughtUp != nil && today != nil && caughtUp!.lowerBound < today!.lowerBound)

        // A late correction upstream: reported, never overwritten silently.
        s.now = "2025-01-16T10:10"
        let key = "china_sites_20250115.csv"
        // The platform's audit adds 100 µg/m³ to both particle series at 08–20时 (PM2.5 stays below PM10).
        for hour in 8...20 {
            for series in ["PM2.5", "PM10"] {
                s.files[key] = s.files[key]!.replacingOccurrences(
                    of: "\n20250115,\(hour),\(series),", with: "\n20250115,\(hour),\(series),1")
            }
        }
        try s.startUpstream()
        let reported = try s.airbulletin(["run", "--date", "2025-01-15"])
        #expect(reported.status == 0)
        // 2610A's PM2.5 rises by 100 at 08–20时: the city hour by 50, or by 100 at 17–18时 when 2611A
        // is missing: (1417 + 11·50 + 2·100)/24 = 90.3 → 90 → 100 + 50·15/40 = 118.75 → 119.
        #expect(
            reported.stdout.contains(
                "2025-01-15: inputs changed since revision 1 (AQI 80 → 119); to publish the correction run `airbulletin republish --date 2025-01-15 --reason …`"
            ))
        #expect(reported.stdout.contains("1 correction waiting"))
        #expect(s.site("bulletins/2025/2025-01-15.json")?.contains("\"number\": 1,") == true)

        // The dry run shows the hourly inputs and the AQI that moved, and changes nothing.
        s.now = "2025-01-16T10:20"
        let dry = try s.airbulletin([
            "republish", "--date", "2025-01-15", "--reason", "上游数据更正", "--dry-run", "--operator", "张三",
        ])
        #expect(dry.status == 0)
        #expect(dry.stdout.contains("2025-01-15 文山市: revision 1 → 2 (dry run: nothing is changed)"))
        #expect(dry.stdout.contains("hourly inputs changed (26):"))  // 13 hours × PM2.5 and PM10 of 2610A
        #expect(dry.stdout.contains("2610A PM2.5 2025-01-15 8时: 63 → 163 µg/m³"))
        #expect(dry.stdout.contains("AQI 80 → 119; level 二级 良 → 三级 轻度污染; primary PM2.5 → PM2.5"))
        #expect(s.site("bulletins/2025/2025-01-15.r1.html") == nil)

        // The correction: revision 2 with its reason; revision 1 stays readable at its own URL;
        s.now = "2025-01-16T10:30"
        // the feed keeps one entry for the day, updated.
        let feedBefore = try #require(s.site("feed.xml"))
        let fixed = try s.airbulletin(["republish", "--date", "2025-01-15", "--reason", "上游数据更正", "--operator", "张三"])
        #expect(fixed.status == 0, "\(fixed.stdout)\(fixed.stderr)")
        #expect(fixed.stdout.contains("published revision 2 by 张三: 上游数据更正"))
        let r1 = try #require(s.site("bulletins/2025/2025-01-15.r1.json"))
        #expect(r1.contains("\"number\": 1,") && r1.contains("\"aqi\": 80,"))
        let r2 = try #require(s.site("bulletins/2025/2025-01-15.json"))
        #expect(
            r2.contains("\"number\": 2,") && r2.contains("\"reason\": \"上游数据更正\"")
                && r2.contains("\"published_by\": \"张三\""))
        let feed = try #require(s.site("feed.xml"))
        let id = "tag:sthjj.example.gov.cn,2026:airbulletin/532601/2025-01-15"
        #expect(feed.components(separatedBy: "<id>\(id)</id>").count == 2)
        #expect(feedBefore.components(separatedBy: "<id>\(id)</id>").count == 2)
        #expect(feed != feedBefore)
        let afterFix = try s.airbulletin(["run", "--date", "2025-01-15"])
        #expect(afterFix.stdout.contains("0 corrections waiting"))

        // Two runs at once: the second exits cleanly, saying who holds the lock.
        s.now = "2025-01-17T07:10"
        try s.startUpstream(delay: .milliseconds(700))
        let slow = s.launch(["run", "--date", "2025-01-16"])
        Thread.sleep(forTimeInterval: 0.4)
        let second = try s.airbulletin(["run", "--date", "2025-01-16"])
        #expect(second.status == 1)
        #expect(second.stderr.contains("another airbulletin run holds"))
        #expect(second.stderr.contains("run --date 2025-01-16"))
        #expect(slow.wait()?.status == 0)

        // A run killed (SIGKILL, as a power cut or the OOM killer would) while it waits for its
        // upstream: the store and the site stay as they were, the run log row is left open, and the
        // next run closes it as interrupted and publishes the day. (A failure between the database
        // commit and the site swap is injected in process: RunPolicyTests.)
        s.now = "2025-01-18T07:10"
        try s.startUpstream(delay: .seconds(5))
        let siteBefore = try s.siteSnapshot()
        let killed = try CLI.spawn(
            ["--config", "airbulletin.toml", "run", "--date", "2025-01-17"], environment: ["AIRBULLETIN_NOW": s.now],
            directory: s.directory)
        Thread.sleep(forTimeInterval: 1.5)
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        #expect(killed.terminationReason == .uncaughtSignal)
        #expect(try s.siteSnapshot() == siteBefore)
        #expect(try s.sql("SELECT count(*) FROM bulletin WHERE date = '2025-01-17';") == "0\n")
        #expect(try s.sql("SELECT count(*) FROM run_log WHERE finished_at IS NULL;") == "1\n")
        try s.startUpstream()
        let completed = try s.airbulletin(["run", "--date", "2025-01-17"])
        #expect(completed.status == 0, "\(completed.stdout)")
        #expect(completed.stdout.contains("2025-01-17 文山市: published revision 1"))
        #expect(try s.sql("SELECT outcome FROM run_log WHERE finished_at IS NOT NULL AND outcome = 'interrupted';") == "interrupted\n")
        #expect(try s.sql("SELECT count(*) FROM run_log WHERE finished_at IS NULL;") == "0\n")
        #expect(s.site("bulletins/2025/2025-01-17.html")?.contains("2025年1月17日") == true)
        #expect(
            s.site("feed.xml")?.contains("<id>tag:sthjj.example.gov.cn,2026:airbulletin/532601/2025-01-17</id>") == true
        )
        #expect(s.site("bulletins/2025/2025-01-17.json")?.contains("\"number\": 1,") == true)
        #expect(s.site("bulletins/2025/2025-01-17.r1.html") == nil)
    }

    @Test func badConfigurationExitsTwoBeforeTouchingTheNetwork() throws {
        let s = try RunScenario()
        try "[[area]]\ncode = \"x\"\n".write(
            to: s.directory.appendingPathComponent("stations/broken.toml"), atomically: true, encoding: .utf8)
        let r = try s.airbulletin(["run", "--date", "2025-01-13"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("broken.toml:"))
        #expect(s.server?.requests.isEmpty == true)
    }
}
