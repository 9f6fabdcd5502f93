import AQI
import Publish
import Store

/// Stage 3 of the run: each area-day of the plan from the store after the fetch. A day already
/// published whose inputs changed is reported, never overwritten; a day is published from its own
/// file fetched by this run (an outage takes that file too). The next day's file only holds the
/// day's 24时: without it the day is published with its 23 hours counted (the 20-hour rule still
/// applies).
struct RunDecisions {
    /// An area-day and what was decided, in plan order.
    enum Decided {
        case outcome(RunReport.AreaDay)
        /// To publish: `items[index]`.
        case publish(index: Int, area: AreaContext, date: LocalDate)
    }

    var decided: [Decided] = []
    var items: [(item: RevisionPublication.Item, index: RunReport.PublishedIndex)] = []

    static func make(_ plan: RunPlan, fetched: WindowFetch.Collected, store: any PublicationStore) throws -> RunDecisions {
        var decisions = RunDecisions()
        let computation = DayComputation(store: store)
        for areaDay in plan.areaDays {
            let (area, d) = (areaDay.area, areaDay.date)
            func outcome(_ o: RunReport.AreaDay.Outcome) {
                decisions.decided.append(
                    .outcome(RunReport.AreaDay(areaCode: area.code, areaName: area.name, date: d, outcome: o)))
            }
            switch areaDay.decision {
            case .future: outcome(.future)
            case .notOver: outcome(.notOver)
            case .published:
                let latest = areaDay.latest!
                let computed = try computation.compute(area, day: d)
                guard latest.inputsHash != computed.fingerprint else {
                    outcome(.alreadyPublished(revision: latest.revision))
                    continue
                }
                let before = (try? BulletinDocument.decode(json: latest.document))?.city.aqi
                outcome(
                    .correctionWaiting(
                        revision: latest.revision, aqiBefore: before, aqiNow: computed.report.area.index.aqi))
            case .publish:
                guard fetched.has(area: area.code, date: d) else {
                    outcome(.waitingForFile)
                    continue
                }
                let computed = try computation.compute(area, day: d)
                guard computed.hasData else {
                    outcome(.noReadings)
                    continue
                }
                let index = computed.report.area.index
                decisions.decided.append(.publish(index: decisions.items.count, area: area, date: d))
                decisions.items.append(
                    (
                        RevisionPublication.Item(computed: computed, area: area, reason: nil),
                        RunReport.PublishedIndex(
                            aqi: index.aqi, category: index.level?.category,
                            primaryPollutants: (index.primaryPollutants ?? []).map(\.label))
                    ))
            }
        }
        return decisions
    }

    /// The area-days with their outcomes, once the store stage answered: `stored` holds the
    /// revisions of `items` in order, nil when the store refused them.
    func areaDays(stored: [BulletinRevision]?) -> [RunReport.AreaDay] {
        decided.map { d in
            switch d {
            case .outcome(let areaDay): return areaDay
            case .publish(let n, let area, let date):
                let outcome: RunReport.AreaDay.Outcome =
                    stored.map { .published(revision: $0[n].revision, index: items[n].index) } ?? .notStored
                return RunReport.AreaDay(areaCode: area.code, areaName: area.name, date: date, outcome: outcome)
            }
        }
    }
}
