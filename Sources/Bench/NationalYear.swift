import AQI
import ArgumentParser
import Fetch
import Foundation

/// A year of archive files in memory, compactly: per station, per pollutant, one Int32 per hour
/// (thousandths; `Int32.min` missing), from the first file's hour 0 on.
struct NationalYear {
    let stations: [String]
    let firstHour: HourStamp
    let hours: Int
    /// [station][pollutant][hour]
    var values: [[[Int32]]]

    /// Reads every `china_sites_*.csv` of a folder, in date order.
    static func load(_ folder: String) throws -> NationalYear {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("china_sites_") }.sorted()
        guard let first = files.first, let firstDate = LocalDate(iso: String(first.dropFirst(12).prefix(8))) else {
            throw ValidationError("no china_sites_YYYYMMDD.csv files in \(folder)")
        }
        var year: NationalYear?
        for name in files {
            let table = try CNEMCArchiveDecoder.decode(Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))), file: name)
            if year == nil {
                year = NationalYear(stations: table.columns, firstHour: HourStamp(date: firstDate, endingAt: 0), hours: files.count * 24,
                                    values: Array(repeating: Array(repeating: Array(repeating: Int32.min, count: files.count * 24), count: 6), count: table.columns.count))
            }
            for (r, row) in table.rows.enumerated() {
                guard let p = row.series.hourlyPollutant else { continue }
                let k = row.hour.rawValue - year!.firstHour.rawValue
                guard (0..<year!.hours).contains(k) else { continue }
                for c in 0..<table.columns.count { if let v = table.value(row: r, column: c) { year!.values[c][p.rawValue][k] = v.milli } }
            }
        }
        return year!
    }

    /// The natural days wholly covered (01时 … 24时).
    var days: [LocalDate] {
        let first = firstHour.naturalDay.adding(days: 1)
        let last = firstHour.adding(hours: hours - 1).naturalDay
        return first <= last ? (first.dayNumber...last.dayNumber).map(LocalDate.init(dayNumber:)) : []
    }

    /// A station's hours for day D's report (the 48 hours ending at D 24时).
    func pollutantHours(station s: Int, day: LocalDate) -> [Pollutant: PollutantHours] {
        let start = HourStamp.firstHour(of: day.adding(days: -1)).rawValue - firstHour.rawValue
        var out: [Pollutant: PollutantHours] = [:]
        // The slots straight from the series (no Observation array per pollutant: the daily
        // pipeline's profile), as `PollutantHours(observations:)` builds them from values flagged
        // N, or QC-IMPOSSIBLE when negative.
        for p in Pollutant.allCases {
            var slots = [HourlyMean?](repeating: nil, count: PollutantHours.slotCount)
            var any = false
            var withReadings = 0
            var impossible = 0
            values[s][p.rawValue].withUnsafeBufferPointer { series in
                for k in 0..<PollutantHours.slotCount where start + k >= 0 && start + k < hours {
                    let v = series[start + k]
                    guard v != Int32.min else { continue }
                    any = true
                    let inDay = k >= PollutantHours.dayStart
                    if inDay { withReadings += 1 }
                    if v >= 0 {
                        slots[k] = HourlyMean(milliSum: Int64(v), count: 1)
                    } else if inDay {
                        impossible += 1
                    }
                }
            }
            if any {
                out[p] = PollutantHours(
                    slots: slots, flaggedHours: impossible > 0 ? [.impossible: impossible] : [:],
                    hoursWithReadings: withReadings)
            }
        }
        return out
    }
}
