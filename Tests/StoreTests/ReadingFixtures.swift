import AQI

/// Small hand-made readings for the unit tests.
enum ReadingFixtures {
    static let wenshan1 = StationCode("2610A")!
    static let wenshan2 = StationCode("2611A")!
    static let kunming = StationCode("1449A")!

    /// 2025-01-15 01时.
    static let firstHour = HourStamp.firstHour(of: LocalDate(year: 2025, month: 1, day: 15))

    static func reading(
        _ station: StationCode, _ pollutant: Pollutant, hour offset: Int, _ milli: Int32?, _ flag: ReadingFlag = .normal
    ) -> Reading {
        Reading(
            station: station, pollutant: pollutant, hour: firstHour.adding(hours: offset),
            value: milli.map { Concentration(milli: $0) }, flag: flag)
    }

    /// A day of six pollutants at two stations: 288 readings, in the archive's order (hour,
    /// pollutant, station).
    static func day() -> [Reading] {
        var readings: [Reading] = []
        for hour in 0..<24 {
            for pollutant in Pollutant.allCases {
                for (s, station) in [wenshan1, wenshan2].enumerated() {
                    readings.append(
                        reading(station, pollutant, hour: hour, Int32(1000 * (hour + 1) + 100 * s + pollutant.rawValue))
                    )
                }
            }
        }
        return readings
    }

    /// The hours of `day()`.
    static let dayHours = firstHour...firstHour.adding(hours: 23)
}
