import AQI
import Fetch
import Foundation
import Testing

/// Recomputes the published city concentrations (city files) from the station files: each
/// city-hour is the mean of the city's stations with 对照点 = N (data README, Format).
@Suite(.enabled(if: SharedData.available, "needs ../shared/data/cnemc_hourly_2025"))
struct CityConcentrationTests {
    /// The series whose city values are station means in the archive.
    static let series: [CNEMCSeries] = [
        .pm2_5, .pm10, .so2, .no2, .o3, .co, .pm2_5_24h, .pm10_24h, .so2_24h,
        .no2_24h, .co_24h, .o3_8h, .o3_8h_24h,
    ]

    @Test func everyCityValueIsTheMeanOfItsAssessmentStations() throws {
        let stations = try SharedData.stationList()
        var compared = 0
        var coTies = 0
        var failures: [String] = []
        for file in SharedData.stationFiles {
            let sites = try SharedData.table(file)
            let cities = try SharedData.table(SharedData.cityFile(for: file))
            var columnsOfCity: [String: [Int]] = [:]
            for (i, code) in sites.columns.enumerated() {
                if let entry = stations[code], !entry.isControl { columnsOfCity[entry.city, default: []].append(i) }
            }
            let siteRows = sites.rowIndex()
            for (r, row) in cities.rows.enumerated() where Self.series.contains(row.series) {
                guard let s = siteRows[row.hour]?[row.series] else { continue }
                for (c, city) in cities.columns.enumerated() {
                    guard let published = cities.value(row: r, column: c) else { continue }
                    // The core's city hour: the exact mean of the stations' values (§4.4 (i)).
                    let hours = (columnsOfCity[city] ?? []).map { column -> PollutantHours in
                        var slots = [HourlyMean?](repeating: nil, count: PollutantHours.slotCount)
                        slots[PollutantHours.dayStart] = sites.value(row: s, column: column).map(HourlyMean.init)
                        return PollutantHours(slots: slots, hoursWithReadings: 1)
                    }
                    guard let mean = PollutantHours.cityMean(of: hours).slots[PollutantHours.dayStart]?.rational else {
                        failures.append(
                            "\(file) \(row.hour) \(row.series.rawValue) \(city): published \(published) but no station value"
                        )
                        continue
                    }
                    compared += 1
                    // The archive rounds half up: integers, CO to 0.01.
                    let decimals = row.series.rawValue.hasPrefix("CO") ? 2 : 0
                    let rounded = mean.rounded(toDecimals: decimals, .halfUp)
                    if rounded == published.exact { continue }
                    // The archive averaged CO in binary floating point: an exact x.xx5 mean is a
                    // double a hair below it, which rounds down. Accept exactly those ties.
                    let down = mean.rounded(toDecimals: decimals, .truncate)
                    let isTie = (mean - down.rational) * Rational(100) == Rational(1, 2)
                    if decimals == 2, isTie, published.exact == down {
                        coTies += 1
                    } else {
                        failures.append(
                            "\(file) \(row.hour) \(row.series.rawValue) \(city): published \(published), mean \(mean) → \(rounded)"
                        )
                    }
                }
            }
        }
        print(
            "city concentrations: \(compared) compared, \(compared - coTies) equal, \(coTies) CO ties rounded down by the archive's binary mean"
        )
        #expect(compared > 300_000)
        #expect(failures.isEmpty, "\(failures.prefix(20))")
    }
}
