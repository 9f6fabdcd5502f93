import AQI
import Fetch
import Identity
import Publish
import Store

/// `airbulletin republish --date D --reason TEXT [--dry-run] [--from-store]`: re-fetches D's
/// files (or, with `--from-store`, takes the stored readings as they are), recomputes, and
/// publishes revision n+1 with its reason, operator and time. The earlier revision stays
/// readable at its own URL; the day page, month page, index and the feed entry (the same entry)
/// update, and every other area's pages stay as they are. `--dry-run` prints what would change
/// and changes nothing.
public struct Republish {
    /// What the revision note says of a revision published from the store without a fetch.
    public static let fromStoreNote = "（据已存储的监测数据重新发布，未重新获取上游数据）"

    let configuration: Configuration
    let areas: [AreaContext]
    let siteAreas: [AreaContext]
    let store: any PublicationStore
    let site: SitePublication
    let http: any HTTPClient
    let clock: any Clock
    let environment: [String: String]
    let operatorName: String

    public init(
        configuration: Configuration, areas: [AreaContext], siteAreas: [AreaContext], store: any PublicationStore,
        site: SitePublication, http: any HTTPClient, clock: any Clock, environment: [String: String],
        operatorName: String
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
    }

    /// The reason as published: one line, at most 500 characters.
    public static func checkedReason(_ reason: String) throws(UsageError) -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw UsageError("--reason: say why the day is republished (it is published with it)")
        }
        guard trimmed.count <= 500,
            !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else {
            throw UsageError("--reason: at most 500 characters on one line, without control characters")
        }
        return trimmed
    }

    public func run(
        date day: LocalDate, reason: String, dryRun: Bool, fromStore: Bool = false,
        progress: (String) -> Void = { _ in }
    ) throws -> RepublishReport {
        let trimmed = try Self.checkedReason(reason)
        let published = fromStore ? trimmed + Self.fromStoreNote : trimmed
        var report = RepublishReport(
            day: day, dryRun: dryRun, fromStore: fromStore, reason: published, operatorName: operatorName)
        var latestByArea: [AreaCode: BulletinRevision] = [:]
        for area in areas {
            guard let latest = try store.latestBulletin(area: area.code, date: day) else {
                throw UsageError(
                    "\(day) \(area.name) is not published yet: publish it with `airbulletin run --date \(day)`")
            }
            latestByArea[area.code] = latest
        }
        // The day's own file and the next one (its 24时), unless the clerk publishes from the store.
        var collected = WindowFetch.Collected()
        if !fromStore {
            let dates = Dictionary(uniqueKeysWithValues: areas.map { ($0.code, [day, day.adding(days: 1)]) })
            collected = try WindowFetch.collect(
                areas: areas, dates: dates, from: HourStamp.firstHour(of: day), store: store,
                configuration: configuration, http: http, clock: clock, environment: environment, progress: progress)
            guard collected.failed.isEmpty else {
                report.fetch = FetchSummary(collected, counts: ImportCounts())
                report.fetchFailed = true
                return report
            }
            let counts = dryRun ? ImportCounts() : try WindowFetch.store(collected, into: store)
            report.fetch = FetchSummary(collected, counts: counts)
        }

        let computation = DayComputation(store: store)
        var items: [RevisionPublication.Item] = []
        for area in areas {
            let latest = latestByArea[area.code]!
            let computed = try computation.compute(area, day: day, overlay: dryRun ? collected.readings : [])
            let changes = try InputChange.between(
                store: store, area: area, day: day, publishedAt: latest.createdAt, now: computed.readings)
            let old = try BulletinDocument.decode(json: latest.document).city
            let new = computed.report.area.index
            report.corrections.append(
                RepublishReport.Correction(
                    areaCode: area.code, areaName: area.name, fromRevision: latest.revision,
                    changedInputs: changes.map(\.description), aqiBefore: old.aqi, aqiNow: new.aqi,
                    primaryBefore: old.primaryPollutants, primaryNow: new.primaryPollutants))
            items.append(RevisionPublication.Item(computed: computed, area: area, reason: published))
        }
        guard !dryRun else { return report }
        let revisions = try RevisionPublication(store: store, clock: clock).append(items, operatorName: operatorName)
        for (n, revision) in revisions.enumerated() { report.corrections[n].publishedRevision = revision.revision }
        let written = try site.publish(areas: siteAreas)
        report.site = .updated(
            site: configuration.site, written: written.summary.written, unchanged: written.summary.unchanged)
        return report
    }

    /// `二级 良`, or NA.
    public static func level(_ aqi: Int?) -> String {
        aqi.map {
            let l = AirQualityLevel(aqi: $0)
            return "\(l.name) \(l.category)"
        } ?? "NA"
    }
    /// `PM2.5,O3`, `—` for none, or NA.
    public static func primary(_ p: [Pollutant]?) -> String {
        p.map { $0.isEmpty ? "—" : $0.map(\.label).joined(separator: ",") } ?? "NA"
    }
}
