import AQI
import Fetch
import Foundation
import Testing

/// Recomputes every published station-hour AQI of the shared CNEMC files (the `AQI` rows) from
/// that hour's six 1-h concentrations: HJ 633—2012 tables, 1-h PM on the 24-h breakpoints, as
/// the national platform published before 2026 (data README, "Verified AQI rules").
@Suite(.enabled(if: SharedData.available, "needs ../shared/data/cnemc_hourly_2025"))
struct StationHourlyAQITests {
    static let hourlyColumns: [(CNEMCSeries, Indicator)] = [
        (.so2, .so2_1h), (.no2, .no2_1h), (.co, .co_1h), (.o3, .o3_1h), (.pm10, .pm10_1h), (.pm2_5, .pm2_5_1h),
    ]

    struct Mismatch: CustomStringConvertible {
        let station: String
        let hour: HourStamp
        let published: Int
        let computed: Int?
        let reason: String
        var description: String {
            "\(station) \(hour.naturalDay) \(hour.labelHour)时: published \(published), computed \(computed.map(String.init) ?? "none") — \(reason)"
        }
    }

    @Test func atLeast99Point99PercentOfStationHoursMatchAndEachMismatchIsExplained() throws {
        let set = ChinaIndicatorSet(standard: .hj633_2012, report: .realtime, pmRule: .hourly)
        var compared = 0
        var mismatches: [Mismatch] = []
        for file in SharedData.stationFiles {
            let table = try SharedData.table(file)
            for (hour, series) in table.rowIndex() {
                guard let aqiRow = series[.aqi] else { continue }
                for column in table.columns.indices {
                    guard let published = table.value(row: aqiRow, column: column) else { continue }
                    var values: [Indicator: ExactDecimal] = [:]
                    for (s, indicator) in Self.hourlyColumns {
                        if let r = series[s], let v = table.value(row: r, column: column) {
                            values[indicator] = v.exact
                        }
                    }
                    let index = ChinaIndex(set, values: values, roundInputs: true)
                    compared += 1
                    let publishedAQI = Int(published.exact.units / 1000)
                    if index.aqi != publishedAQI {
                        mismatches.append(
                            Mismatch(
                                station: table.columns[column], hour: hour, published: publishedAQI,
                                computed: index.aqi,
                                reason: Self.explain(index, published: publishedAQI, values: values)))
                    }
                }
            }
        }
        let share = Double(compared - mismatches.count) / Double(compared)
        print(
            "station-hour AQI: \(compared - mismatches.count) of \(compared) match (\(String(format: "%.4f", share * 100)) %); mismatches:"
        )
        for m in mismatches { print("  \(m)") }
        #expect(compared > 100_000)
        #expect(share >= 0.9999)
        #expect(
            mismatches.allSatisfy { !$0.reason.hasPrefix("unexplained") },
            "\(mismatches.filter { $0.reason.hasPrefix("unexplained") })")
    }

    /// Why a published AQI differs from the recomputed one.
    static func explain(_ index: ChinaIndex, published: Int, values: [Indicator: ExactDecimal]) -> String {
        if let so2 = values[.so2_1h], so2 > ExactDecimal(800) {
            return "SO2_1H \(so2) > 800: the platform did not apply the 200 rule this hour"
        }
        if values.isEmpty { return "no concentrations published for the hour" }
        if published < 10, let computed = index.aqi, computed < 10 {
            if published > computed {
                // e.g. CO shown as 0.7 gives IAQI 7.0 exactly; a raw 0.71–0.74 gives 8.
                return
                    "published \(published) is above every IAQI of the file's rounded values: the platform computed from unrounded concentrations"
            }
            let above = index.iaqi.filter { $0.value > published }.map {
                "\($0.key.key) \(index.concentrations[$0.key]!) → IAQI \($0.value)"
            }.sorted()
            return
                "the file's \(above.joined(separator: ", ")) is above the published AQI: the value was revised after the AQI was computed"
        }
        let missing = Set(Self.hourlyColumns.map(\.1)).subtracting(values.keys)
        if !missing.isEmpty, let computed = index.aqi, computed < published {
            return
                "unexplained: \(missing.map(\.key).sorted().joined(separator: ",")) not in the file; the platform had it"
        }
        return "unexplained"
    }
}
