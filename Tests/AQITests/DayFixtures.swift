import AQI

/// Builds hourly series for tests: slot values for day D (01时…24时) of one pollutant.
enum DayFixtures {
    static let day = LocalDate(year: 2026, month: 3, day: 15)

    /// A series with `values[i]` at D's hour i+1 (nil = no reading), and the given flag on the rest.
    static func hours(_ values: [Double?], flag: ReadingFlag? = nil) -> PollutantHours {
        var obs = [Observation](repeating: .absent, count: PollutantHours.slotCount)
        for (i, v) in values.enumerated() {
            if let v {
                obs[PollutantHours.dayStart + i] = Observation(
                    value: Concentration(milli: Int32(v * 1000)), flag: .normal)
            } else if let flag {
                obs[PollutantHours.dayStart + i] = Observation(value: nil, flag: flag)
            }
        }
        return PollutantHours(observations: obs)
    }

    static func constant(_ v: Double, count: Int = 24) -> PollutantHours {
        hours(Array(repeating: v, count: count) + Array(repeating: nil, count: 24 - count))
    }

    /// All six pollutants constant; override some.
    static func station(_ overrides: [Pollutant: PollutantHours] = [:], pm2_5: Double = 30) -> [Pollutant:
        PollutantHours]
    {
        var h: [Pollutant: PollutantHours] = [
            .so2: constant(5), .no2: constant(20), .co: constant(0.6), .o3: constant(80),
            .pm10: constant(40), .pm2_5: constant(pm2_5),
        ]
        for (k, v) in overrides { h[k] = v }
        return h
    }
}
