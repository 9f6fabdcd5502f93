extension StationHours {
    /// A station's input to day D's report from its readings, in any order. Readings outside the
    /// 48 hours that end at D 24时, and readings of other stations, are ignored.
    public init(
        code: StationCode, name: String, isAssessment: Bool, coverage: MonitoringCoverage = .full,
        readings: some Sequence<Reading>, day: LocalDate
    ) {
        let first = HourStamp.firstHour(of: day.adding(days: -1)).rawValue
        var observations: [Pollutant: [Observation]] = [:]
        for reading in readings where reading.station == code {
            let k = reading.hour.rawValue - first
            guard (0..<PollutantHours.slotCount).contains(k) else { continue }
            observations[reading.pollutant, default: Array(repeating: .absent, count: PollutantHours.slotCount)][k] =
                Observation(reading)
        }
        self.init(
            code: code, name: name, isAssessment: isAssessment, coverage: coverage,
            hours: observations.mapValues(PollutantHours.init(observations:)))
    }
}
