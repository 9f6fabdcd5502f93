import AQI
import Fetch
import Foundation

/// The stations of the national list that have a column in the generated files, with their
/// hours of a day as a daily report takes them (the daily reports and the city's pages).
struct ListedStations {
    let year: NationalYear
    /// List entries whose station has a column in the files.
    let entries: [StationListEntry]
    private let column: [String: Int]

    init(dir: String, stationList: String) throws {
        year = try NationalYear.load(dir)
        let (listed, _) = try StationListDecoder.decode(
            Array(try Data(contentsOf: URL(fileURLWithPath: stationList))), file: stationList)
        let column = Dictionary(uniqueKeysWithValues: year.stations.enumerated().map { ($1, $0) })
        entries = listed.filter { column[$0.code.rawValue] != nil }
        self.column = column
    }

    func hours(of members: [StationListEntry], on day: LocalDate) -> [StationHours] {
        members.map { m in
            StationHours(
                code: m.code, name: m.name, isAssessment: !m.isControl,
                hours: year.pollutantHours(station: column[m.code.rawValue]!, day: day))
        }
    }
}
