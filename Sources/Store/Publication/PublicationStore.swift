import AQI
import Disclosure
import Identity

/// The store seam of `airbulletin run` and `republish` (issue 14: "a second store backend behind
/// the store seam"): everything the publication stages read and write, whichever database holds
/// it. The SQLite `Store` and the PostgreSQL store both offer it, with the same answers; the
/// readings the run fetches go in through the import's seam (`ReadingsImportTarget`), one
/// transaction with their fetch-log rows.
public protocol PublicationStore: ReadingsImportTarget {
    // MARK: - Bulletins

    /// The revision in force for an area-day, nil when none was published.
    func latestBulletin(area: AreaCode, date: LocalDate) throws -> BulletinRevision?

    /// Every revision of an area-day, first to last.
    func bulletinRevisions(area: AreaCode, date: LocalDate) throws -> [BulletinRevision]

    /// Every revision of every day of an area, by date and revision (the site's history).
    func allBulletinRevisions(area: AreaCode) throws -> [BulletinRevision]

    /// The revisions of `areas` committed but not yet shown on a site (a run that failed between
    /// the commit and the site swap), by area, date and revision.
    func unpublishedRevisions(areas: [AreaCode]) throws -> [BulletinRevision]

    /// Appends every draft as the next revision of its area-day, each with a newly issued 索引号,
    /// all in ONE transaction: a failure (a full disk, a kill, a lost connection) stores no
    /// revision and uses up no number. Returns the stored revisions, in draft order.
    func appendBulletinRevisions(_ drafts: [BulletinDraft]) throws -> [BulletinRevision]

    /// Records that the site showing these revisions went live at `at`; a revision already
    /// marked keeps its first time.
    func markSitePublished(_ revisions: [BulletinRevision], at: Instant) throws

    // MARK: - Readings

    /// The value in force for each key of `stations` over `hours`, by station code, hour and
    /// pollutant.
    func currentReadings(stations: [StationCode], hours: ClosedRange<HourStamp>) throws -> [Reading]

    /// Every revision stored for one station over `hours`, superseded ones included, by hour,
    /// pollutant and revision (a republish's diff of the inputs).
    func readingRevisions(station: StationCode, hours: ClosedRange<HourStamp>) throws -> [StoredReading]

    // MARK: - What the site carries beside the bulletins

    /// The latest revision of every stored site file (the annual reports), by path.
    func currentSiteDocuments() throws -> [SiteDocument]

    /// The notices published in `year` (all when nil), withdrawn ones included, by 索引号.
    func notices(publishedIn year: Int?) throws -> [Notice]

    /// The latest revision of every request for disclosure, by id (the morning's deadline alerts).
    func requests() throws -> [DisclosureRequest]

    // MARK: - Run log

    /// Closes every run that never recorded its end and whose process is gone, as `interrupted`
    /// at `at`, and returns them, oldest first.
    func closeInterruptedRuns(at: Instant) throws -> [RunLogEntry]

    /// Records the start of a run; finish it with `finishRun`.
    func startRun(command: String, date: LocalDate?, startedAt: Instant) throws -> RunLogEntry

    /// Records how a run ended.
    func finishRun(id: Int64, finishedAt: Instant, outcome: RunOutcome, summary: String) throws

    /// The run log, newest first; at most `limit` entries when given.
    func runLog(limit: Int?) throws -> [RunLogEntry]
}

// MARK: - The SQLite store

extension Store: PublicationStore {
    public func unpublishedRevisions(areas: [AreaCode]) throws -> [BulletinRevision] {
        let wanted = Set(areas)
        return try unpublishedRevisions().filter { wanted.contains($0.areaCode) }
    }
}
