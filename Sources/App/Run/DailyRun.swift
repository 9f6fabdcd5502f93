import AQI
import Disclosure
import Fetch
import Foundation
import Publish
import Stations
import Store

/// `airbulletin run [--date D]`, what cron calls every morning: fetch the trailing window, store
/// it, publish D's bulletin if it is not out yet, catch up on earlier unpublished days (oldest
/// first, bounded), report upstream changes to published days without overwriting them, and
/// complete any publication a crash interrupted.
public struct DailyRun {
    public struct Outcome: Sendable {
        /// 0 when D's bulletin is out for every area, 1 when it could not be published.
        public var exitCode: Int32 = 0
        public var lines: [String] = []
        public var summary = ""
    }

    let configuration: Configuration
    let areas: [AreaContext]
    let store: Store
    let disclosure: any DisclosureRepository
    let http: any HTTPClient
    let clock: any Clock
    let environment: [String: String]
    let operatorName: String
    let alerts: () -> [String]

    public init(
        configuration: Configuration, areas: [AreaContext], store: Store, disclosure: any DisclosureRepository,
        http: any HTTPClient, clock: any Clock, environment: [String: String], operatorName: String,
        alerts: @escaping () -> [String] = { [] }
    ) {
        self.configuration = configuration
        self.areas = areas
        self.store = store
        self.disclosure = disclosure
        self.http = http
        self.clock = clock
        self.environment = environment
        self.operatorName = operatorName
        self.alerts = alerts
    }

    public func run(date: LocalDate?, catchUpDays: Int? = nil, progress: (String) -> Void = { _ in }) throws -> Outcome
    {
        let day = date ?? clock.yesterday()
        var outcome = Outcome()
        let run = try store.startRun(command: "run", date: day, startedAt: clock.now())

        // Fetch the trailing window: the hours before the end of D (late and corrected values),
        // reaching back to the earliest unpublished day of the catch-up bound, so that every day
        // this run may publish is fetched whole.
        let bound = catchUpDays ?? configuration.catchUpDays
        var earliest = day
        for area in areas {
            for offset in stride(from: bound, to: 0, by: -1) where day.adding(days: -offset) < earliest {
                if try store.latestBulletin(area: area.code, date: day.adding(days: -offset)) == nil {
                    earliest = day.adding(days: -offset)
                    break
                }
            }
        }
        let end = HourStamp(date: day.adding(days: 1), endingAt: 0)
        let window = min(end.adding(hours: 1 - configuration.windowHours), HourStamp.firstHour(of: earliest))...end
        let fetch = WindowFetch(
            http: http, clock: clock, environment: environment,
            retryPolicy: RetryPolicy(maxAttempts: configuration.fetchAttempts))
        let preceding = try store.currentReadings(
            stations: areas.flatMap(\.stationCodes),
            hours: window.lowerBound.adding(hours: -24)...window.lowerBound.adding(hours: -1))
        let collected = fetch.collect(areas: areas, window: window, preceding: preceding, progress: progress)
        let counts = try WindowFetch.store(collected, into: store)
        outcome.lines += collected.failed.map { "fetch failed: \($0)" } + collected.problems
        let fetched =
            "fetched \(collected.requests - collected.failed.count) of \(collected.requests) files"
            + (collected.failed.isEmpty ? "" : " (\(collected.failed.count) failed)")
            + ": added \(counts.added.grouped), changed \(counts.changed.grouped), unchanged \(counts.unchanged.grouped)"
        outcome.lines.append(fetched + (collected.quality.total > 0 ? "; \(collected.quality.summary)" : ""))

        for area in areas where area.issuer.orgCode.allSatisfy({ $0 == "0" }) {
            outcome.lines.append(
                "warning: \(area.name)'s organisation code is the placeholder \(area.issuer.orgCode): every 索引号 issued now "
                    + "carries it; put the bureau's 统一社会信用代码 in its stations file before publishing for real")
        }

        // Publish D and catch up on earlier unpublished days, oldest first.
        let computation = DayComputation(store: store)
        let publication = RevisionPublication(store: store, disclosure: disclosure, clock: clock)
        var published: [String] = []
        var corrections = 0
        var missing: [String] = []
        for area in areas {
            for offset in stride(from: bound, through: 0, by: -1) {
                let d = day.adding(days: -offset)
                let latest = try store.latestBulletin(area: area.code, date: d)
                let computed = try computation.compute(area, day: d)
                if let latest {
                    guard latest.inputsHash != computed.fingerprint else {
                        if d == day {
                            outcome.lines.append(
                                "\(d) \(area.name): already published (revision \(latest.revision)); inputs unchanged")
                        }
                        continue
                    }
                    corrections += 1
                    let before = (try? BulletinDocument.decode(json: latest.document))?.city.aqi
                    outcome.lines.append(
                        "\(d): inputs changed since revision \(latest.revision) (AQI \(before.map(String.init) ?? "NA") → "
                            + "\(computed.report.area.index.aqi.map(String.init) ?? "NA")); to publish the correction run "
                            + "`airbulletin republish --date \(d) --reason …`")
                    continue
                }
                // A day is published from its own file fetched by this run: one that could not be
                // fetched waits for the next run (an outage takes that file too). The next day's file
                // only holds the day's 24时: without it the day is published with its 23 hours
                // counted (the 20-hour rule still applies).
                if collected.failedDates.contains(d) || !collected.fetchedDates.contains(d) {
                    if d == day {
                        missing.append(
                            "\(d) \(area.name): not published — its upstream files could not be fetched (see above); the next run will try again"
                        )
                    }
                    continue
                }
                guard computed.hasData else {
                    if d == day { missing.append("\(d) \(area.name): not published — no readings for the day") }
                    continue
                }
                let revision = try publication.append(computed, area: area, reason: nil, operatorName: operatorName)
                let index = computed.report.area.index
                published.append("\(d) \(area.name)")
                outcome.lines.append(
                    "\(d) \(area.name): published revision \(revision.revision) — AQI \(index.aqi.map(String.init) ?? "NA")"
                        + (index.level.map { " \($0.category)" } ?? "")
                        + ((index.primaryPollutants ?? []).isEmpty
                            ? "" : ", primary \(index.primaryPollutants!.map(\.label).joined(separator: ", "))"))
            }
        }
        outcome.lines += missing

        // Put every committed revision on the site (also one a crash left off it).
        var site = "site unchanged"
        if try !store.unpublishedRevisions().isEmpty {
            do {
                let written = try SitePublication.standard(store: store, configuration: configuration, clock: clock).publish(areas: areas)
                site =
                    "site \(configuration.site) updated (\(written.summary.written) written, \(written.summary.unchanged) unchanged)"
            } catch {
                outcome.lines.append("error: \(error)")
                site = "site NOT updated (it keeps its previous state; the next run will finish the publication)"
                outcome.exitCode = 1
            }
        }
        outcome.lines += alerts()

        let out = try areas.allSatisfy { try store.latestBulletin(area: $0.code, date: day) != nil }
        if !out { outcome.exitCode = 1 }
        let what =
            published.isEmpty
            ? (out ? "nothing to do: \(day) already published" : "\(day) NOT published")
            : "published \(published.count) day\(published.count == 1 ? "" : "s")"
        outcome.summary =
            "run \(day): \(what); \(corrections) correction\(corrections == 1 ? "" : "s") waiting; \(fetched.split(separator: ":").first!); \(site)"
        try store.finishRun(
            id: run.id, finishedAt: clock.now(), outcome: outcome.exitCode == 0 ? .succeeded : .failed,
            summary: outcome.summary)
        return outcome
    }
}
