import AQI
import Disclosure
import Fetch
import Publish
import Store

/// `airbulletin republish --date D --reason TEXT [--dry-run]`: re-fetches D's window, recomputes,
/// and publishes revision n+1 with its reason, operator and time. The earlier revision stays
/// readable at its own URL; the day page, month page, index and the feed entry (the same entry)
/// update. `--dry-run` prints what would change and changes nothing.
public struct Republish {
    public struct Outcome: Sendable {
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

    public init(
        configuration: Configuration, areas: [AreaContext], store: Store, disclosure: any DisclosureRepository,
        http: any HTTPClient, clock: any Clock, environment: [String: String], operatorName: String
    ) {
        self.configuration = configuration
        self.areas = areas
        self.store = store
        self.disclosure = disclosure
        self.http = http
        self.clock = clock
        self.environment = environment
        self.operatorName = operatorName
    }

    public func run(date day: LocalDate, reason: String, dryRun: Bool, progress: (String) -> Void = { _ in }) throws
        -> Outcome
    {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw UsageError("--reason: say why the day is republished (it is published with it)")
        }
        guard trimmed.count <= 500,
            !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw UsageError("--reason: at most 500 characters on one line, without control characters")
        }
        var outcome = Outcome()
        var latestByArea: [String: BulletinRevision] = [:]
        for area in areas {
            guard let latest = try store.latestBulletin(area: area.code, date: day) else {
                throw UsageError(
                    "\(day) \(area.name) is not published yet: publish it with `airbulletin run --date \(day)`")
            }
            latestByArea[area.code] = latest
        }
        let end = HourStamp(date: day.adding(days: 1), endingAt: 0)
        let window = end.adding(hours: 1 - configuration.windowHours)...end
        let preceding = try store.currentReadings(
            stations: areas.flatMap(\.stationCodes),
            hours: window.lowerBound.adding(hours: -24)...window.lowerBound.adding(hours: -1))
        let collected = WindowFetch(
            http: http, clock: clock, environment: environment,
            retryPolicy: RetryPolicy(maxAttempts: configuration.fetchAttempts)
        )
        .collect(areas: areas, window: window, preceding: preceding, progress: progress)
        outcome.lines += collected.failed.map { "fetch failed: \($0)" } + collected.problems
        guard collected.failed.isEmpty else {
            outcome.lines.append(
                "error: \(collected.failed.count) of \(collected.requests) files could not be fetched; nothing was republished (try again when the upstream answers)"
            )
            outcome.exitCode = 1
            outcome.summary = "republish \(day): NOT republished — the upstream could not be fetched"
            return outcome
        }
        if !dryRun { _ = try WindowFetch.store(collected, into: store) }

        let computation = DayComputation(store: store)
        let publication = RevisionPublication(store: store, disclosure: disclosure, clock: clock)
        for area in areas {
            let latest = latestByArea[area.code]!
            let computed = try computation.compute(area, day: day, overlay: dryRun ? collected.readings : [])
            let changes = try InputChange.between(
                store: store, area: area, day: day, publishedAt: latest.createdAt, now: computed.readings)
            let old = try BulletinDocument.decode(json: latest.document).city
            let new = computed.report.area.index
            outcome.lines.append(
                "\(day) \(area.name): revision \(latest.revision) → \(latest.revision + 1)\(dryRun ? " (dry run: nothing is changed)" : "")"
            )
            outcome.lines.append(
                changes.isEmpty ? "  hourly inputs: unchanged" : "  hourly inputs changed (\(changes.count)):")
            outcome.lines += changes.map { "    " + $0.description }
            outcome.lines.append(
                "  AQI \(old.aqi.map(String.init) ?? "NA") → \(new.aqi.map(String.init) ?? "NA"); "
                    + "level \(Self.level(old.aqi)) → \(Self.level(new.aqi)); "
                    + "primary \(Self.primary(old.primaryPollutants)) → \(Self.primary(new.primaryPollutants))")
            if !dryRun {
                let revision = try publication.append(computed, area: area, reason: trimmed, operatorName: operatorName)
                outcome.lines.append("  published revision \(revision.revision) by \(operatorName): \(trimmed)")
            }
        }
        if !dryRun {
            let written = try SitePublication.standard(store: store, configuration: configuration, clock: clock).publish(areas: areas)
            outcome.lines.append(
                "site \(configuration.site) updated (\(written.summary.written) written, \(written.summary.unchanged) unchanged)"
            )
        }
        outcome.summary =
            dryRun
            ? "republish \(day): dry run, nothing changed"
            : "republish \(day): published a new revision for \(areas.count) area\(areas.count == 1 ? "" : "s")"
        return outcome
    }

    static func level(_ aqi: Int?) -> String {
        aqi.map {
            let l = AirQualityLevel(aqi: $0)
            return "\(l.name) \(l.category)"
        } ?? "NA"
    }
    static func primary(_ p: [Pollutant]?) -> String {
        p.map { $0.isEmpty ? "—" : $0.map(\.label).joined(separator: ",") } ?? "NA"
    }
}
