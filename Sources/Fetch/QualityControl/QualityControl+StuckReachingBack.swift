import AQI

extension QualityControl {
    /// The stored part of a stuck run that a batch completed (rule 3: the whole run is marked).
    ///
    /// `screen` marks only the batch's readings: `preceding` is read, never returned. A source
    /// that delivers a day at a time sees a run almost whole in one batch; one that delivers an
    /// hour at a time (an HJ 212 logger) never does, and the first `stuckHours − 1` hours of a
    /// run would stay valid. This returns those hours: each reading of `preceding` that is
    /// valid and continues, hour after hour and value for value, a run ending in a reading
    /// `screen` marked `.stuck` in `screened`, with the flag `.stuck`. Storing them makes a new
    /// revision of each such hour, which is what happened: a stopped analyser was found late.
    ///
    /// - Parameters:
    ///   - screened: a batch as `screen(_:preceding:)` returned it.
    ///   - preceding: the same `preceding` as given to `screen`.
    public func stuckHoursReachingBack(screened: [Reading], preceding: [Reading]) -> [Reading] {
        // Stuck runs are rare: nothing is indexed unless the batch holds one.
        guard screened.contains(where: { $0.flag == .stuck }), !preceding.isEmpty else { return [] }
        var stored: [Reading.Key: Reading] = [:]
        for reading in preceding { stored[reading.key] = reading }
        // The batch's own hours win over stored ones (as in `screen`), so a walk stops at them.
        let batchKeys = Set(screened.map(\.key))
        var out: [Reading] = []
        var taken = Set<Reading.Key>()
        for reading in screened where reading.flag == .stuck {
            var hour = reading.hour.adding(hours: -1)
            while true {
                let key = Reading.Key(station: reading.station, pollutant: reading.pollutant, hour: hour)
                guard !batchKeys.contains(key), let earlier = stored[key], earlier.value == reading.value,
                    earlier.flag == .normal || earlier.flag == .stuck
                else { break }
                if earlier.flag == .normal, taken.insert(key).inserted {
                    var marked = earlier
                    marked.flag = .stuck
                    out.append(marked)
                }
                hour = hour.adding(hours: -1)
            }
        }
        return out
    }
}
