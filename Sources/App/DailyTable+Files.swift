import AQI
import Fetch
import Formats
import Foundation
import Identity

extension DailyTable {
    /// `airbulletin report daily`: reads CNEMC archive station files and a station list, and
    /// renders the daily table of one city's assessment stations, without touching the store.
    public static func fromArchiveFiles(
        _ paths: [String], stationList: String, city: String, areaName: String?, areaCode: AreaCode,
        first: LocalDate?, last: LocalDate?, standard: StandardChoice, warn: (String) -> Void
    ) throws -> String {
        let (entries, listProblems) = try StationListDecoder.decode(try readFile(stationList), file: stationList)
        listProblems.forEach { warn($0.description) }
        let members = entries.filter { $0.city == city }
        guard !members.isEmpty else {
            let cities = Set(entries.map(\.city)).sorted().prefix(8).joined(separator: ", ")
            throw UsageError("\(stationList): no station of city \"\(city)\" (cities look like: \(cities), …)")
        }
        var readings: [Reading] = []
        for path in paths {
            let table = try CNEMCArchiveDecoder.decode(try readFile(path), file: path)
            table.problems.forEach { warn($0.description) }
            let wanted = Set(members.map(\.code))
            readings += table.readings(file: path, of: wanted).readings
        }
        guard let firstHour = readings.map(\.hour).min(), let lastHour = readings.map(\.hour).max() else {
            throw UsageError("no readings of \(city)'s stations in the \(paths.count) files given")
        }
        let stations = members.map { Station(code: $0.code, name: $0.name, isAssessment: !$0.isControl) }
        let from = first ?? firstHour.naturalDay.adding(days: firstHour.labelHour == 24 ? 1 : 0)
        let to = last ?? lastHour.naturalDay
        guard from <= to else { throw UsageError("--from \(from) is after --to \(to)") }
        let reports = DailyTable.reports(
            readings: readings, stations: stations, areaCode: areaCode,
            areaName: areaName ?? city, first: from, last: to, standard: standard)
        return render(reports)
    }

    static func readFile(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("\(path): cannot read the file (does it exist?)")
        }
        return Array(data)
    }
}
