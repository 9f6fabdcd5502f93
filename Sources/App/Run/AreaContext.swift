import AQI
import Identity
import Publish
import Stations

/// One area as the run needs it: who publishes, which stations make it, where its data comes from.
public struct AreaContext: Sendable {
    public let config: AreaConfig

    public init(_ config: AreaConfig) { self.config = config }

    public var code: AreaCode { config.code }
    public var name: String { config.name }

    public var bulletinArea: BulletinArea {
        BulletinArea(code: config.code, name: config.name, englishName: config.englishName)
    }

    public var issuer: Issuer { config.issuer }

    public var stationCodes: [StationCode] { config.stations.map(\.code) }

    /// The area's plan: a pollutant is "/" for the area when none of its stations monitors it,
    /// and exempt when every station has the §5.3.2 exemption for it.
    public var coverage: MonitoringCoverage {
        let stations = config.stations.filter(\.isAssessment)
        let notMonitored = Set(
            Pollutant.allCases.filter { p in stations.allSatisfy { $0.coverage.notMonitored.contains(p) } })
        let exempt = Set(notMonitored.filter { p in stations.allSatisfy { $0.coverage.exempt.contains(p) } })
        return MonitoringCoverage(notMonitored: notMonitored, exempt: exempt)
    }

    /// The stations' inputs to day D's report from their readings.
    func stationHours(_ readings: [Reading], day: LocalDate) -> [StationHours] {
        let byStation = Dictionary(grouping: readings, by: \.station)
        return config.stations.map { s in
            StationHours(
                code: s.code, name: s.name, isAssessment: s.isAssessment, coverage: s.coverage,
                readings: byStation[s.code] ?? [], day: day)
        }
    }

    /// The hours day D's report reads: the 48 hours that end at D 24时.
    static func hours(of day: LocalDate) -> ClosedRange<HourStamp> {
        HourStamp.firstHour(of: day.adding(days: -1))...HourStamp(date: day.adding(days: 1), endingAt: 0)
    }
}
