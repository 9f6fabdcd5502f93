import AQI
import Identity
import Store

/// What a morning run did, as values: the last stage's hand-off. The CLI turns it into the text
/// and the exit code it prints (Sources/airbulletin/RunReport+Text.swift).
public struct RunReport: Sendable {
    /// One area-day of the catch-up bound and what became of it.
    public struct AreaDay: Sendable, Equatable {
        public enum Outcome: Sendable, Equatable {
            /// A new revision was stored (and, unless the site failed, shown).
            case published(revision: Int, index: PublishedIndex)
            /// Published before, inputs unchanged.
            case alreadyPublished(revision: Int)
            /// Published before and its inputs changed: reported, never overwritten.
            case correctionWaiting(revision: Int, aqiBefore: Int?, aqiNow: Int?)
            /// Its own upstream file was not fetched by this run: it waits for the next one.
            case waitingForFile
            /// Its file came but holds no reading of the day.
            case noReadings
            /// To publish, but the store refused the run's revisions (see `storeFailure`).
            case notStored
            /// Its 24时 and the settling delay are not over yet.
            case notOver
            /// The day has not begun.
            case future
        }

        public let areaCode: AreaCode
        public let areaName: String
        public let date: LocalDate
        public let outcome: Outcome
    }

    /// The headline numbers of a published revision.
    public struct PublishedIndex: Sendable, Equatable {
        public let aqi: Int?
        public let category: String?
        public let primaryPollutants: [String]
    }

    /// What the site stage did.
    public enum SiteOutcome: Sendable, Equatable {
        /// Nothing to show that the site does not show already.
        case unchanged
        case updated(site: String, written: Int, unchanged: Int)
        /// The site keeps its previous state; the next run finishes the publication.
        case failed(String)
    }

    public let day: LocalDate
    /// Said before anything else (the rehearsal warnings of the placeholder policy).
    public var notes: [String] = []
    public var fetch = FetchSummary()
    /// Every area-day of the plan, area by area, oldest first.
    public var areaDays: [AreaDay] = []
    /// Why the store refused this run's revisions (none of them was kept).
    public var storeFailure: String?
    public var site = SiteOutcome.unchanged
    /// The disclosure clocks that run out soon.
    public var alerts: [String] = []
    /// The settling delay and when D may be published (for the "not over" line).
    public var settleMinutes = 0
    public var publishableAt = Instant(unixSeconds: 0)
    /// China Standard Time's date when the run ran.
    public var today: LocalDate
    /// Several areas on the site: a correction must name its area.
    public var correctionsNeedArea = false
    /// Whether every selected area has D's bulletin in the store after the run.
    public var dayIsOut = false

    init(day: LocalDate, today: LocalDate) {
        self.day = day
        self.today = today
    }

    /// The area-days a new revision was stored for.
    public var published: [AreaDay] {
        areaDays.filter { if case .published = $0.outcome { return true } else { return false } }
    }

    public var correctionsWaiting: Int {
        areaDays.filter { if case .correctionWaiting = $0.outcome { return true } else { return false } }.count
    }

    /// D is not over (or not begun) for some area: the run did nothing for it, and that is no failure.
    public var dayWaitsForTime: Bool {
        areaDays.contains { $0.date == day && ($0.outcome == .notOver || $0.outcome == .future) }
    }
}

/// What the fetch stage brought (run and republish).
public struct FetchSummary: Sendable, Equatable {
    public var requests = 0
    /// One message per failed request.
    public var failed: [String] = []
    /// One line per retried attempt.
    public var retried: [String] = []
    /// Row-level problems of the decoded files.
    public var problems: [String] = []
    public var counts = ImportCounts()
    /// The quality-control summary, when anything was flagged.
    public var quality: String?

    public init() {}

    init(_ collected: WindowFetch.Collected, counts: ImportCounts) {
        requests = collected.requests
        failed = collected.failed
        retried = collected.retried
        problems = collected.problems
        self.counts = counts
        quality = collected.quality.total > 0 ? collected.quality.summary : nil
    }
}
