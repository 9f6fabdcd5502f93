/// One pollutant's hourly means at a location over the 48 hours that end at 24时 of day D:
/// slots 0…23 are D−1's 01时…24时 and slots 24…47 are D's. The day before is there for the
/// 24-h moving means of the HJ 633—2012 real-time variant.
public struct PollutantHours: Sendable, Hashable {
    public static let slotCount = 48
    /// The first slot of day D.
    public static let dayStart = 24

    public var slots: [HourlyMean?]
    /// Hours of day D with no valid value but a flagged reading, by flag (for NA reasons).
    public var flaggedHours: [ReadingFlag: Int]
    /// Hours of day D with any reading at all.
    public var hoursWithReadings: Int

    public init(
        slots: [HourlyMean?] = Array(repeating: nil, count: 48), flaggedHours: [ReadingFlag: Int] = [:],
        hoursWithReadings: Int = 0
    ) {
        precondition(slots.count == Self.slotCount)
        self.slots = slots
        self.flaggedHours = flaggedHours
        self.hoursWithReadings = hoursWithReadings
    }

    /// A station's series from its 48 observations (D−1 01时 … D 24时).
    public init(observations: [Observation]) {
        precondition(observations.count == Self.slotCount)
        var flagged: [ReadingFlag: Int] = [:]
        var withReadings = 0
        for o in observations[Self.dayStart...] where o.flag != nil {
            withReadings += 1
            if o.valid == nil, let f = o.flag { flagged[f == .normal ? .impossible : f, default: 0] += 1 }
        }
        self.init(slots: observations.map(\.valid), flaggedHours: flagged, hoursWithReadings: withReadings)
    }

    /// The 24 slots of day D.
    public var day: ArraySlice<HourlyMean?> { slots[Self.dayStart...] }

    public var validHoursOfDay: Int { day.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// The hourly series of a city (or county): each hour, the mean of the valid values of the
    /// given stations (aqi-standards.md §4.4 (i)). Control stations must be left out by the caller.
    public static func cityMean(of stations: [PollutantHours]) -> PollutantHours {
        var slots = [HourlyMean?](repeating: nil, count: slotCount)
        var flagged: [ReadingFlag: Int] = [:]
        var withReadings = 0
        for k in 0..<slotCount {
            var sum: Int64 = 0
            var count: Int32 = 0
            for s in stations {
                if let v = s.slots[k] {
                    sum += v.milliSum
                    count += v.count
                }
            }
            if count > 0 { slots[k] = HourlyMean(milliSum: sum, count: count) }
        }
        for s in stations {
            withReadings = max(withReadings, s.hoursWithReadings)
            for (f, n) in s.flaggedHours { flagged[f] = max(flagged[f] ?? 0, n) }
        }
        return PollutantHours(slots: slots, flaggedHours: flagged, hoursWithReadings: withReadings)
    }
}
