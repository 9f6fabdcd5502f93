import AQI
import Formats

extension CNEMCArchiveTable {
    /// The plain 1-h means of the six pollutants as readings, one per non-empty cell of a
    /// station file. The archive's `_24h`, `O3_8h` and `AQI` rows are derived values and are
    /// not stored. A column whose name is not a station code is reported once and skipped; with
    /// `stations`, the columns of other stations are skipped (one lookup per column, not per cell).
    public func readings(file: String, of stations: Set<StationCode>? = nil) -> (
        readings: [Reading], problems: [Diagnostic]
    ) {
        var problems: [Diagnostic] = []
        let codes = columns.map { name -> StationCode? in
            let code = StationCode(name)
            if code == nil {
                problems.append(
                    Diagnostic(
                        file: file, line: 1, "column \(Excerpt(name)) is not a station code (letters, digits, - and _)")
                )
            }
            return code.flatMap { stations?.contains($0) == false ? nil : $0 }
        }
        var readings: [Reading] = []
        readings.reserveCapacity(rows.count / 2 * columns.count)
        for (r, row) in rows.enumerated() {
            guard let pollutant = row.series.hourlyPollutant else { continue }
            for (c, code) in codes.enumerated() {
                guard let code, let value = value(row: r, column: c) else { continue }
                readings.append(
                    Reading(station: code, pollutant: pollutant, hour: row.hour, value: value, flag: .normal))
            }
        }
        return (readings, problems)
    }
}
