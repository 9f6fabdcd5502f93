import AQI
import Publish
import Store

/// Station × day rows: each station's own daily statistics and daily AQI (the same columns as
/// the city rows, with `station` in place of `area`). Station by station, so memory stays flat.
struct StationDayExport {
    static let columns = ["station"] + CityDayColumns.afterArea

    let source: any ReadingsExportSource
    let areas: [AreaContext]

    func write(_ request: HistoryExport.Request, to sink: ExportSink) throws {
        var configured: [StationCode: (name: String, assessment: Bool, coverage: MonitoringCoverage)] = [:]
        for area in areas {
            for s in area.config.stations { configured[s.code] = (s.name, s.isAssessment, s.coverage) }
        }
        let codes = configured.isEmpty ? try source.stationCodes() : configured.keys.sorted()
        let first = HourStamp.firstHour(of: request.from.adding(days: -1))
        for code in codes {
            let readings = try source.currentReadings(
                stations: [code], hours: first...HistoryExport.hours(request).upperBound)
            var byDay: [Int: [Reading]] = [:]
            for r in readings { byDay[r.hour.naturalDay.dayNumber, default: []].append(r) }
            let meta = configured[code]
            for n in request.from.dayNumber...request.to.dayNumber {
                let day = LocalDate(dayNumber: n)
                let window = (byDay[n - 1] ?? []) + (byDay[n] ?? [])
                guard byDay[n] != nil else { continue }
                let hours = StationHours(
                    code: code, name: meta?.name ?? code.rawValue, isAssessment: meta?.assessment ?? true,
                    coverage: meta?.coverage ?? .full, readings: window, day: day)
                let set = ChinaIndicatorSet(standard: Standard.inForce(on: day), report: .daily)
                let location = LocationDay(
                    code: code.rawValue, name: hours.name, isAssessment: hours.isAssessment,
                    hours: hours.hours, set: set, coverage: hours.coverage)
                try sink.write(
                    [code.rawValue] + CityDayColumns.cells(location, date: day, standard: set.standard),
                    numeric: CityDayColumns.numeric)
            }
        }
    }
}

/// The daily columns after `area` (or `station`), in `HistoryCSV`'s order, for rows computed from
/// a `LocationDay` rather than read from a bulletin.
enum CityDayColumns {
    static let afterArea = Array(HistoryCSV.header.dropFirst().dropLast())
    static let numeric: Set<Int> = Set([2, 3] + Array(6...25))

    static func cells(_ day: LocationDay, date: LocalDate, standard: Standard) -> [String?] {
        let index = day.index
        let daily: [Indicator] = [.so2_24h, .no2_24h, .co_24h, .o3_8h, .pm10_24h, .pm2_5_24h]
        var cells: [String?] = [
            date.description, index.aqi.map(String.init), index.level.map { String($0.number) },
            index.level?.category, index.primaryPollutants.map(HistoryExport.primary),
        ]
        cells += daily.map { day.statistic($0)?.rounded?.description }
        cells += daily.map { index.iaqi[$0].map(String.init) }
        cells += daily.map { i in
            day.statistic(i).flatMap { $0.invalidReason == .notMonitored ? nil : String($0.validHours) }
        }
        cells += [day.statistic(.o3_1h)?.rounded?.description, index.iaqi[.o3_1h].map(String.init), standard.id]
        return cells
    }
}
