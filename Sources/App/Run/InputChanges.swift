import AQI
import Store

/// Which hourly inputs of a day changed between a published revision and now: the readings
/// in effect when the revision was made (from the store's revision history) against the current
/// ones (plus any fetched but not stored, for a dry run).
struct InputChange: Sendable, Hashable {
    let key: Reading.Key
    /// Nil when there was no reading.
    let before: Reading?
    let after: Reading?

    /// `2610A PM2.5 2025-01-14 08时: 63 → 70 µg/m³`
    var description: String {
        func text(_ r: Reading?) -> String {
            guard let r else { return "none" }
            let value = r.value.map { "\($0)" } ?? "no value"
            return r.flag == .normal ? value : "\(value) (flag \(r.flag.rawValue) \(r.flag.englishReason))"
        }
        return "\(key.station) \(key.pollutant.label) \(key.hour.naturalDay) \(key.hour.labelHour)时: "
            + "\(text(before)) → \(text(after)) \(key.pollutant.unit)"
    }

    /// The changes for an area-day between the readings in effect at `publishedAt` and `now`.
    static func between(
        store: any PublicationStore, area: AreaContext, day: LocalDate, publishedAt: Instant, now: [Reading]
    ) throws -> [InputChange] {
        let hours = HourStamp.firstHour(of: day)...HourStamp(date: day.adding(days: 1), endingAt: 0)
        var before: [Reading.Key: Reading] = [:]
        for station in area.stationCodes {
            var best: [Reading.Key: StoredReading] = [:]
            for stored in try store.readingRevisions(station: station, hours: hours)
            where stored.fetchedAt <= publishedAt {
                let key = stored.reading.key
                if best[key].map({ stored.revision > $0.revision }) ?? true { best[key] = stored }
            }
            for (key, stored) in best { before[key] = stored.reading }
        }
        var after: [Reading.Key: Reading] = [:]
        for r in now where hours.contains(r.hour) { after[r.key] = r }
        return Set(before.keys).union(after.keys).compactMap { key -> InputChange? in
            let b = before[key]
            let a = after[key]
            guard b?.value != a?.value || b?.flag != a?.flag else { return nil }
            return InputChange(key: key, before: b, after: a)
        }.sorted { ($0.key.hour, $0.key.station, $0.key.pollutant) < ($1.key.hour, $1.key.station, $1.key.pollutant) }
    }
}
