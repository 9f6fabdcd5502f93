import AQI
import Disclosure
import Fetch
import Foundation
import Publish
import Stations
import Store

/// `airbulletin run [--date D]`, what cron calls every morning, as stages with plain hand-offs:
/// plan (what each area-day needs, before any fetch) → fetch (only the files the plan names)
/// → decide (publish, wait, report a correction) → store (every new revision and its 索引号 in
/// one transaction) → site (every committed revision shown, also one a crash left off it).
public struct DailyRun {
    public struct Outcome: Sendable {
        /// 0 when D's bulletin is out for every area (or D is not over yet), 1 when it could not
        /// be published.
        public var exitCode: Int32 = 0
        public var lines: [String] = []
        public var summary = ""
    }

    let configuration: Configuration
    let areas: [AreaContext]
    /// Every area the site shows (a run of one area never drops the others' pages).
    let siteAreas: [AreaContext]
    let store: Store
    let site: SitePublication
    let http: any HTTPClient
    let clock: any Clock
    let environment: [String: String]
    let operatorName: String
    let alerts: () -> [String]
    /// Said before anything else (the rehearsal warnings of the placeholder policy).
    let notes: [String]

    public init(
        configuration: Configuration, areas: [AreaContext], siteAreas: [AreaContext], store: Store,
        site: SitePublication, http: any HTTPClient, clock: any Clock, environment: [String: String],
        operatorName: String, notes: [String] = [], alerts: @escaping () -> [String] = { [] }
    ) {
        self.configuration = configuration
        self.areas = areas
        self.siteAreas = siteAreas
        self.store = store
        self.site = site
        self.http = http
        self.clock = clock
        self.environment = environment
        self.operatorName = operatorName
        self.notes = notes
        self.alerts = alerts
    }

    public func run(date: LocalDate?, catchUpDays: Int? = nil, progress: (String) -> Void = { _ in }) throws -> Outcome
    {
        let day = date ?? clock.yesterday()
        for closed in try store.closeInterruptedRuns(at: clock.now()) {
            progress("note: run \(closed.id) (\(closed.command) \(closed.date?.description ?? "")) had no end; closed as interrupted")
        }
        let run = try store.startRun(command: "run", date: day, startedAt: clock.now())
        do {
            let outcome = try perform(day: day, catchUpDays: catchUpDays ?? configuration.catchUpDays, progress: progress)
            try store.finishRun(
                id: run.id, finishedAt: clock.now(), outcome: outcome.exitCode == 0 ? .succeeded : .failed,
                summary: outcome.summary)
            return outcome
        } catch {
            try? store.finishRun(id: run.id, finishedAt: clock.now(), outcome: .failed, summary: "failed: \(error)")
            throw error
        }
    }

    private func perform(day: LocalDate, catchUpDays: Int, progress: (String) -> Void) throws -> Outcome {
        var outcome = Outcome()
        outcome.lines += notes

        // 1. Plan: what each area-day needs, before any fetch.
        let plan = try RunPlan.make(
            day: day, areas: areas, catchUpDays: catchUpDays, windowHours: configuration.windowHours,
            settleMinutes: configuration.settleMinutes, now: clock.now()
        ) { area, d in try store.latestBulletin(area: area.code, date: d) }

        // 2. Fetch only the files the plan names, and store every value (a changed one as a new revision).
        var collected = WindowFetch.Collected()
        var counts = ImportCounts()
        if let hours = plan.hours {
            let fetch = WindowFetch(
                http: http, clock: clock, environment: environment,
                retryPolicy: RetryPolicy(maxAttempts: configuration.fetchAttempts))
            let preceding = try store.currentReadings(
                stations: areas.flatMap(\.stationCodes),
                hours: hours.lowerBound.adding(hours: -24)...hours.lowerBound.adding(hours: -1))
            collected = fetch.collect(areas: areas, dates: plan.fileDates, preceding: preceding, progress: progress)
            counts = try WindowFetch.store(collected, into: store)
        }
        outcome.lines += collected.retried + collected.failed.map { "fetch failed: \($0)" } + collected.problems
        let fetched =
            "fetched \(collected.requests - collected.failed.count) of \(collected.requests) files"
            + (collected.failed.isEmpty ? "" : " (\(collected.failed.count) failed)")
            + (collected.retried.isEmpty ? "" : " (\(collected.retried.count) retried)")
        if collected.requests > 0 {
            outcome.lines.append(
                fetched + ": added \(counts.added.grouped), changed \(counts.changed.grouped), unchanged \(counts.unchanged.grouped)"
                    + (collected.quality.total > 0 ? "; \(collected.quality.summary)" : ""))
        }

        // 3. Decide each area-day from what is now stored.
        let decided = try decide(plan, collected: collected)
        var corrections = decided.corrections

        // 4. Store every new revision with its 索引号, in one transaction.
        var stored: [BulletinRevision] = []
        var storeFailure: String?
        if !decided.items.isEmpty {
            do {
                stored = try RevisionPublication(store: store, clock: clock).append(
                    decided.items.map(\.item), operatorName: operatorName)
            } catch {
                storeFailure =
                    "error: the bulletins could not be stored (\(error)); no bulletin revision and no 索引号 of this run "
                    + "was kept; the readings fetched were stored (added \(counts.added.grouped), changed "
                    + "\(counts.changed.grouped)); the next run publishes the days"
            }
        }
        for line in decided.lines {
            switch line {
            case .text(let text): outcome.lines.append(text)
            case .published(let n):
                guard storeFailure == nil else { continue }
                let index = decided.items[n].item.computed.report.area.index
                let primary = (index.primaryPollutants ?? []).map(\.label).joined(separator: ", ")
                outcome.lines.append(
                    "\(decided.items[n].label): published revision \(stored[n].revision) — AQI \(index.aqi.map(String.init) ?? "NA")"
                        + (index.level.map { " \($0.category)" } ?? "") + (primary.isEmpty ? "" : ", primary \(primary)"))
            }
        }
        if let storeFailure {
            outcome.lines.append(storeFailure)
            outcome.exitCode = 1
            corrections = decided.corrections
        }
        outcome.lines += decided.missing

        // 5. Put every committed revision on the site (also one a crash left off it).
        var siteLine = "site unchanged"
        var siteFailed = false
        if try !store.unpublishedRevisions().isEmpty {
            do {
                let written = try site.publish(areas: siteAreas)
                siteLine =
                    "site \(configuration.site) updated (\(written.summary.written) written, \(written.summary.unchanged) unchanged)"
            } catch {
                outcome.lines.append("error: \(error)")
                siteLine = "site NOT updated (it keeps its previous state; the next run will finish the publication)"
                siteFailed = true
                outcome.exitCode = 1
            }
        }
        outcome.lines += alerts()

        // 6. The summary.
        let waitsForTime = plan.areaDays.contains { $0.date == day && ($0.decision == .notOver || $0.decision == .future) }
        let out = try areas.allSatisfy { try store.latestBulletin(area: $0.code, date: day) != nil }
        if !out && !waitsForTime { outcome.exitCode = 1 }
        let n = stored.count
        let days = "\(n) day\(n == 1 ? "" : "s")"
        let what: String
        if n > 0 {
            what = siteFailed ? "\(days) stored but NOT on the site yet" : "published \(days)"
        } else if out {
            what = "nothing to do: \(day) already published"
        } else if waitsForTime {
            what = day > clock.today() ? "\(day) is in the future; nothing published" : "\(day) is not over yet; nothing published for it"
        } else {
            what = "\(day) NOT published"
        }
        outcome.summary =
            "run \(day): \(what); \(corrections) correction\(corrections == 1 ? "" : "s") waiting; \(fetched); \(siteLine)"
        return outcome
    }

    /// A line of the run's report, in the order of the area-days; a publication's line is
    /// written once its revision number is known.
    enum Line {
        case text(String)
        case published(Int)
    }

    struct Decided {
        var items: [(item: RevisionPublication.Item, label: String)] = []
        var lines: [Line] = []
        var missing: [String] = []
        var corrections = 0
    }

    /// Stage 3: each area-day from the store after the fetch. A day already published whose inputs
    /// changed is reported, never overwritten; a day is published from its own file fetched by
    /// this run (an outage takes that file too). The next day's file only holds the day's 24时:
    /// without it the day is published with its 23 hours counted (the 20-hour rule still applies).
    private func decide(_ plan: RunPlan, collected: WindowFetch.Collected) throws -> Decided {
        var decided = Decided()
        let computation = DayComputation(store: store)
        let day = plan.day
        var saidNotOver = Set<LocalDate>()
        for areaDay in plan.areaDays {
            let (area, d) = (areaDay.area, areaDay.date)
            switch areaDay.decision {
            case .future:
                if d == day, saidNotOver.insert(d).inserted {
                    decided.missing.append(
                        "\(d): not published — the day is in the future (today is \(clock.today()) in China Standard Time)")
                }
            case .notOver:
                if d == day, saidNotOver.insert(d).inserted {
                    decided.missing.append(
                        "\(d): not published yet — the day is not over: it is published after its 24时 and the "
                            + "\(configuration.settleMinutes)-minute settling delay, from "
                            + "\(ChinaClockTime.text(plan.publishableAt)) China Standard Time; run again then")
                }
            case .published:
                let latest = areaDay.latest!
                let computed = try computation.compute(area, day: d)
                guard latest.inputsHash != computed.fingerprint else {
                    if d == day {
                        decided.lines.append(
                            .text("\(d) \(area.name): already published (revision \(latest.revision)); inputs unchanged"))
                    }
                    continue
                }
                decided.corrections += 1
                let before = (try? BulletinDocument.decode(json: latest.document))?.city.aqi
                decided.lines.append(
                    .text(
                        "\(d): inputs changed since revision \(latest.revision) (AQI \(before.map(String.init) ?? "NA") → "
                            + "\(computed.report.area.index.aqi.map(String.init) ?? "NA")); to publish the correction run "
                            + "`airbulletin republish --date \(d)\(siteAreas.count > 1 ? " --area \(area.code)" : "") --reason …`"))
            case .publish:
                guard collected.has(area: area.code, date: d) else {
                    if d == day {
                        decided.missing.append(
                            "\(d) \(area.name): not published — its upstream files could not be fetched (see above); the next run will try again"
                        )
                    }
                    continue
                }
                let computed = try computation.compute(area, day: d)
                guard computed.hasData else {
                    if d == day { decided.missing.append("\(d) \(area.name): not published — no readings for the day") }
                    continue
                }
                decided.lines.append(.published(decided.items.count))
                decided.items.append(
                    (RevisionPublication.Item(computed: computed, area: area, reason: nil), "\(d) \(area.name)"))
            }
        }
        return decided
    }
}
