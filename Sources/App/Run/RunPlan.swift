import AQI
import Identity
import Store

/// The first stage of `run`: what to do for each area-day, decided from the store, the date,
/// the clock and the configuration before anything is fetched. Pure, apart from the store
/// lookups it is handed.
struct RunPlan {
    enum Decision: Equatable {
        /// Not published yet, and over: published from its own file if this run fetches it.
        case publish
        /// Published: its inputs are compared (a change is reported, never overwritten).
        case published(revision: Int)
        /// The day, or its last hour's settling time, is not over yet: nothing is done for it.
        case notOver
        /// The day has not begun.
        case future
    }

    struct AreaDay {
        let area: AreaContext
        let date: LocalDate
        let decision: Decision
        let latest: BulletinRevision?
    }

    let day: LocalDate
    /// Every area-day of the catch-up bound, area by area, oldest first.
    let areaDays: [AreaDay]
    /// The upstream files each area needs (by area code), ascending: the files of the days to
    /// publish (a day's own file and the next day's, which holds its 24时), and the files of the
    /// correction window (the `window_hours` before the end of the last day that is over).
    let fileDates: [AreaCode: [LocalDate]]
    /// When the day `day` may be published: its 24时 plus the settling delay.
    let publishableAt: Instant

    /// - Parameters:
    ///   - latest: the revision in force of an area-day, nil when it was never published.
    ///   - now: the clock.
    static func make(
        day: LocalDate, areas: [AreaContext], catchUpDays: Int, windowHours: Int, settleMinutes: Int, now: Instant,
        latest: (AreaContext, LocalDate) throws -> BulletinRevision?
    ) rethrows -> RunPlan {
        func settledAt(_ d: LocalDate) -> Instant {
            HourStamp(date: d.adding(days: 1), endingAt: 0).end.adding(minutes: settleMinutes)
        }
        let today = now.chinaDate
        var areaDays: [AreaDay] = []
        var fileDates: [AreaCode: [LocalDate]] = [:]
        for area in areas {
            var dates = Set<LocalDate>()
            var lastOver: LocalDate?
            for offset in stride(from: catchUpDays, through: 0, by: -1) {
                let d = day.adding(days: -offset)
                let decision: Decision
                let revision = try latest(area, d)
                if d > today {
                    decision = .future
                } else if now < settledAt(d) {
                    decision = .notOver
                } else if let revision {
                    decision = .published(revision: revision.revision)
                } else {
                    decision = .publish
                    dates.formUnion([d, d.adding(days: 1)])
                }
                if decision != .future && decision != .notOver { lastOver = d }
                areaDays.append(AreaDay(area: area, date: d, decision: decision, latest: revision))
            }
            // The correction window: late and corrected upstream values of the days just published.
            if let lastOver {
                let end = HourStamp(date: lastOver.adding(days: 1), endingAt: 0)
                dates.formUnion(WindowFetch.fileDates(for: end.adding(hours: 1 - windowHours)...end))
            }
            fileDates[area.code] = dates.sorted()
        }
        return RunPlan(day: day, areaDays: areaDays, fileDates: fileDates, publishableAt: settledAt(day))
    }

    /// The hours the fetched files hold, from the first file's first hour to the last file's
    /// last: the span whose preceding day the quality control looks back on.
    var hours: ClosedRange<HourStamp>? {
        let all = fileDates.values.flatMap { $0 }
        guard let first = all.min(), let last = all.max() else { return nil }
        return HourStamp(date: first, endingAt: 0)...HourStamp(date: last, endingAt: 23)
    }
}
