import AQI
import Foundation
import Store
import Testing

@testable import App

/// Each decision of the morning run, in process (issue 12, item 2): the plan before any fetch,
/// an outage, a late correction, the catch-up bound, a day whose own file is missing,
/// idempotence, a failure between the commit and the site swap, a run a kill left open.
@Suite struct RunPolicyTests {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    /// The plan decides from the store and the clock alone: which days to publish, which to
    /// compare, which are not over, and the files that needs.
    @Test func thePlanDecidesEveryAreaDayBeforeAnyFetch() throws {
        let h = try RunHarness()
        let published: Set<String> = ["2025-01-12"]
        let clock = RunHarness.clock("2025-01-14T00:30")
        let plan = RunPlan.make(
            day: Self.day("2025-01-13"), areas: h.areas, catchUpDays: 2, windowHours: 48, settleMinutes: 60,
            now: clock.now()
        ) { _, d in
            published.contains(d.description)
                ? BulletinRevision(
                    areaCode: "532601", date: d, revision: 1, standard: .hj633_2012, inputsHash: "x", document: "{}",
                    reason: nil, operatorName: "cron", createdAt: 0, sitePublishedAt: 0) : nil
        }
        #expect(plan.areaDays.map(\.date.description) == ["2025-01-11", "2025-01-12", "2025-01-13"])
        #expect(plan.areaDays.map(\.decision) == [.publish, .published(revision: 1), .notOver])
        // 01-11 and its 24时 (01-12's file), and the 48 hours before the end of 01-12, the last day that is over.
        #expect(plan.fileDates["532601"]?.map(\.description) == ["2025-01-11", "2025-01-12", "2025-01-13"])
        #expect(plan.publishableAt.chinaMinuteText == "2025-01-14 01:00")
    }

    @Test(arguments: StoreBackend.available)
    func anOutageLeavesTheDayForTheNextRunWhichCatchesUpOldestFirst(backend: StoreBackend) throws {
        let h = try RunHarness(backend: backend)
        #expect(try h.run("2025-01-13", at: "2025-01-14T07:10").succeeded)
        h.upstream.down.set(true)
        let down = try h.run("2025-01-14", at: "2025-01-15T07:10")
        #expect(!down.succeeded)
        #expect(h.outcomes(down)["2025-01-14"] == .waitingForFile)
        #expect(down.fetch.failed.count == 3)
        #expect(down.site == .unchanged)
        #expect(h.page("bulletins/2025/2025-01-14.html") == nil)

        h.upstream.down.set(false)
        let back = try h.run("2025-01-15", at: "2025-01-16T07:10")
        #expect(back.succeeded)
        #expect(back.published.map(\.date.description) == ["2025-01-14", "2025-01-15"])
        guard case .published(1, let index) = h.outcomes(back)["2025-01-15"] else {
            Issue.record("2025-01-15 not published: \(back.areaDays)")
            return
        }
        #expect(index == RunReport.PublishedIndex(aqi: 80, category: "良", primaryPollutants: ["PM2.5"]))
    }

    @Test(arguments: StoreBackend.available)
    func aLateCorrectionIsReportedAndNeverOverwritten(backend: StoreBackend) throws {
        let h = try RunHarness(backend: backend)
        #expect(try h.run("2025-01-15", at: "2025-01-16T07:10").succeeded)
        let name = "china_sites_20250115.csv"
        h.upstream.files.withLock { files in
            var text = String(decoding: files[name]!, as: UTF8.self)
            for hour in 8...20 {
                for series in ["PM2.5", "PM10"] {
                    text = text.replacingOccurrences(
                        of: "\n20250115,\(hour),\(series),", with: "\n20250115,\(hour),\(series),1")
                }
            }
            files[name] = Array(text.utf8)
        }
        let later = try h.run("2025-01-15", at: "2025-01-16T10:10")
        #expect(later.succeeded)
        #expect(h.outcomes(later)["2025-01-15"] == .correctionWaiting(revision: 1, aqiBefore: 80, aqiNow: 119))
        #expect(later.correctionsWaiting == 1)
        #expect(try h.store.bulletinRevisions(area: "532601", date: Self.day("2025-01-15")).count == 1)
        #expect(later.site == .unchanged)
    }

    @Test(arguments: StoreBackend.available)
    func theCatchUpBoundIsNeverCrossed(backend: StoreBackend) throws {
        let h = try RunHarness(catchUpDays: 3, backend: backend)
        let report = try h.run("2025-01-20", at: "2025-01-21T07:10")
        #expect(report.areaDays.map(\.date.description) == ["2025-01-17", "2025-01-18", "2025-01-19", "2025-01-20"])
        #expect(h.upstream.names(since: 0).sorted() == (17...21).map { "china_sites_202501\($0).csv" })
        #expect(try h.store.latestBulletin(area: "532601", date: Self.day("2025-01-16")) == nil)
    }

    /// A day is published from its own file: when only that file is missing, the day waits while the
    /// day before (whose files came) goes out.
    @Test(arguments: StoreBackend.available)
    func aDayWhoseOwnFileIsMissingWaits(backend: StoreBackend) throws {
        let h = try RunHarness(catchUpDays: 1, backend: backend)
        _ = h.upstream.files.withLock { $0.removeValue(forKey: "china_sites_20250113.csv") }
        let report = try h.run("2025-01-13", at: "2025-01-14T07:10")
        #expect(!report.succeeded)
        #expect(h.outcomes(report)["2025-01-13"] == .waitingForFile)
        // 01-12 is published from its own file with 23 hours: its 24时 was in the missing one.
        guard case .published = h.outcomes(report)["2025-01-12"] else {
            Issue.record("2025-01-12: \(String(describing: h.outcomes(report)["2025-01-12"]))")
            return
        }
    }

    @Test(arguments: StoreBackend.available)
    func aSecondRunTheSameMorningChangesNothing(backend: StoreBackend) throws {
        let h = try RunHarness(backend: backend)
        #expect(try h.run("2025-01-13", at: "2025-01-14T07:10").published.count == 3)
        let site = try FileManager.default.subpathsOfDirectory(atPath: h.configuration.site).sorted()
        let again = try h.run("2025-01-13", at: "2025-01-14T10:10")
        #expect(again.succeeded && again.published.isEmpty && again.site == .unchanged)
        #expect(again.areaDays.map(\.outcome) == Array(repeating: .alreadyPublished(revision: 1), count: 3))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: h.configuration.site).sorted() == site)
    }

    /// What a crash between the commit and the site swap leaves (the revision stored, the site
    /// not showing it) is finished by the next run, and nothing is published twice.
    @Test(arguments: StoreBackend.available)
    func aFailureBetweenTheCommitAndTheSwapIsFinishedByTheNextRun(backend: StoreBackend) throws {
        let h = try RunHarness(backend: backend)
        h.failSwap.set(true)
        let failed = try h.run("2025-01-13", at: "2025-01-14T07:10")
        #expect(!failed.succeeded)
        #expect(failed.site == .failed("site not written (the previous site is unchanged): stopped before the swap: injected failure before the site swap"))
        #expect(failed.published.count == 3)
        #expect(try h.unpublished().count == 3)
        #expect(h.page("bulletins/2025/2025-01-13.html") == nil)

        h.failSwap.set(false)
        let next = try h.run("2025-01-13", at: "2025-01-14T07:20")
        #expect(next.succeeded && next.published.isEmpty)
        guard case .updated = next.site else {
            Issue.record("site: \(next.site)")
            return
        }
        #expect(h.page("bulletins/2025/2025-01-13.html")?.contains("2025年1月13日") == true)
        #expect(try h.unpublished().isEmpty)
        #expect(try h.store.bulletinRevisions(area: "532601", date: Self.day("2025-01-13")).count == 1)
    }

    @Test(arguments: StoreBackend.available)
    func aRunAKillLeftOpenIsClosedAsInterrupted(backend: StoreBackend) throws {
        let h = try RunHarness(backend: backend)
        let killed = try h.store.startRun(command: "run", date: Self.day("2025-01-12"), startedAt: 100)
        let report = try h.run("2025-01-13", at: "2025-01-14T07:10")
        #expect(report.succeeded)
        let log = try h.store.runLog(limit: nil)
        #expect(log.first { $0.id == killed.id }?.outcome == .interrupted)
        #expect(log.filter { $0.finishedAt == nil }.isEmpty)
    }
}
