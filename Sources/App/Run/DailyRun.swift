import AQI
import Fetch
import Store

/// `airbulletin run [--date D]`, what cron calls every morning, as stages with plain hand-offs:
/// plan (`RunPlan`: what each area-day needs, before any fetch) → fetch (`WindowFetch`: only the
/// files the plan names) → decide (`RunDecisions`: publish, wait, report a correction) → store
/// (`RevisionPublication`: every new revision and its 索引号 in one transaction) → site
/// (`SitePublication`: every committed revision shown, also one a crash left off it) →
/// `RunReport`, which the CLI turns into text and an exit code.
public struct DailyRun {
    let configuration: Configuration
    let areas: [AreaContext]
    /// Every area the site shows (a run of one area never drops the others' pages).
    let siteAreas: [AreaContext]
    let store: any PublicationStore
    let site: SitePublication
    let http: any HTTPClient
    let clock: any Clock
    let environment: [String: String]
    let operatorName: String
    let alerts: () -> [String]
    /// Said before anything else (the rehearsal warnings of the placeholder policy).
    let notes: [String]

    public init(
        configuration: Configuration, areas: [AreaContext], siteAreas: [AreaContext], store: any PublicationStore,
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

    /// Runs the stages for day D (default: yesterday) and returns what they did; the run log
    /// keeps the run (a run a kill left open is closed as interrupted first). Call it holding the
    /// run lock.
    /// - Parameter summary: the report's one-line summary for the run log.
    public func run(
        date: LocalDate?, catchUpDays: Int? = nil, progress: (String) -> Void = { _ in },
        summary: (RunReport) -> String = { _ in "" }
    ) throws -> RunReport {
        let day = date ?? clock.yesterday()
        for closed in try store.closeInterruptedRuns(at: clock.now()) {
            progress("note: run \(closed.id) (\(closed.command) \(closed.date?.description ?? "")) had no end; closed as interrupted")
        }
        let run = try store.startRun(command: "run", date: day, startedAt: clock.now())
        do {
            let report = try perform(day: day, catchUpDays: catchUpDays ?? configuration.catchUpDays, progress: progress)
            try store.finishRun(
                id: run.id, finishedAt: clock.now(), outcome: report.succeeded ? .succeeded : .failed,
                summary: summary(report))
            return report
        } catch {
            try? store.finishRun(id: run.id, finishedAt: clock.now(), outcome: .failed, summary: "failed: \(error)")
            throw error
        }
    }

    private func perform(day: LocalDate, catchUpDays: Int, progress: (String) -> Void) throws -> RunReport {
        var report = RunReport(day: day, today: clock.today())
        report.notes = notes
        report.settleMinutes = configuration.settleMinutes
        report.correctionsNeedArea = siteAreas.count > 1

        // 1. Plan: what each area-day needs, before any fetch.
        let plan = try RunPlan.make(
            day: day, areas: areas, catchUpDays: catchUpDays, windowHours: configuration.windowHours,
            settleMinutes: configuration.settleMinutes, now: clock.now()
        ) { area, d in try store.latestBulletin(area: area.code, date: d) }
        report.publishableAt = plan.publishableAt

        // 2. Fetch only the files the plan names; store every value (a changed one as a new revision).
        let collected = try fetch(plan, progress: progress)
        report.fetch = collected.summary

        // 3. Decide each area-day from what is now stored.
        let decisions = try RunDecisions.make(plan, fetched: collected.fetched, store: store)

        // 4. Store every new revision with its 索引号, in one transaction.
        var stored: [BulletinRevision] = []
        if !decisions.items.isEmpty {
            do {
                stored = try RevisionPublication(store: store, clock: clock).append(
                    decisions.items.map(\.item), operatorName: operatorName)
            } catch {
                report.storeFailure = "\(error)"
            }
        }
        report.areaDays = decisions.areaDays(stored: report.storeFailure == nil ? stored : nil)

        // 5. Put every committed revision on the site (also one a crash left off it).
        if try !store.unpublishedRevisions(areas: siteAreas.map(\.code)).isEmpty {
            do {
                let written = try site.publish(areas: siteAreas)
                report.site = .updated(
                    site: configuration.site, written: written.summary.written, unchanged: written.summary.unchanged)
            } catch {
                report.site = .failed("\(error)")
            }
        }
        report.alerts = alerts()
        report.dayIsOut = try areas.allSatisfy { try store.latestBulletin(area: $0.code, date: day) != nil }
        return report
    }

    /// Stage 2: the plan's files, fetched and stored in one transaction.
    private func fetch(_ plan: RunPlan, progress: (String) -> Void) throws -> (
        fetched: WindowFetch.Collected, summary: FetchSummary
    ) {
        guard let hours = plan.hours else { return (WindowFetch.Collected(), FetchSummary()) }
        let collected = try WindowFetch.collect(
            areas: areas, dates: plan.fileDates, from: hours.lowerBound, store: store, configuration: configuration,
            http: http, clock: clock, environment: environment, progress: progress)
        let counts = try WindowFetch.store(collected, into: store)
        return (collected, FetchSummary(collected, counts: counts))
    }
}

extension RunReport {
    /// Every stage did what the day needed: D is out for every area (or waits for its time), the
    /// revisions were stored and the site shows them.
    public var succeeded: Bool {
        storeFailure == nil && !{ if case .failed = site { return true } else { return false } }()
            && (dayIsOut || dayWaitsForTime)
    }
}
