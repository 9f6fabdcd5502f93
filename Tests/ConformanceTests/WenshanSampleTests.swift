import AQI
import Fetch
import Foundation
import Testing

/// The bundled sample (stations/sample: Wenshan's 2610A and 2611A, January 2025) gives 31 daily
/// reports of 文山市 under HJ 633—2012.
@Suite struct WenshanSampleTests {
    static let sampleFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("stations/sample")

    static func readings() throws -> [Reading] {
        let files = try FileManager.default.contentsOfDirectory(atPath: sampleFolder.path).filter {
            $0.hasPrefix("china_sites_")
        }.sorted()
        #expect(files.count == 31)
        return try files.flatMap { name in
            let table = try CNEMCArchiveDecoder.decode(
                Array(try Data(contentsOf: sampleFolder.appendingPathComponent(name))), file: name)
            #expect(table.problems.isEmpty)
            return table.readings(file: name).readings
        }
    }

    static func reports() throws -> [DailyReport] {
        let readings = try readings()
        return (1...31).map { d in
            let day = LocalDate(year: 2025, month: 1, day: d)
            let stations = [("2610A", "州水务局"), ("2611A", "市便民服务中心")].map { code, name in
                StationHours(code: StationCode(code)!, name: name, isAssessment: true, readings: readings, day: day)
            }
            return DailyReport(
                areaCode: "532601", areaName: "文山市", date: day, standard: Standard.inForce(on: day),
                stations: stations, areaCoverage: .full)
        }
    }

    @Test func thirtyOneDailyReportsUnderHJ633_2012() throws {
        let reports = try Self.reports()
        #expect(reports.count == 31)
        #expect(reports.allSatisfy { $0.standard == .hj633_2012 && $0.stations.count == 2 && $0.hourly.count == 24 })
        // Every day of the month has a published AQI and seven indicators (2012 daily report).
        #expect(reports.allSatisfy { $0.area.index.aqi != nil && $0.area.statistics.count == 7 })
        for r in reports {
            let a = r.area
            print(
                "\(r.date) AQI \(a.index.aqi!) \(a.index.level!.category) primary \(a.index.primaryPollutants!.map(\.label)) "
                    + a.statistics.map {
                        "\($0.indicator.key)=\($0.rounded?.description ?? "NA")/\(a.index.iaqi[$0.indicator].map(String.init) ?? "NA")"
                    }.joined(separator: " ")
                    + " valid hours \(a.validHours)")
        }
    }

    /// 2025-01-15, worked by hand from stations/sample/china_sites_20250115.csv (hours 1–23) and
    /// china_sites_20250116.csv (hour 0 = 24时). The city hour is the mean of the two stations.
    ///
    /// PM2.5: 24 city hours (at 17时 and 18时 only 2610A reports: 47, 58) sum to 1417 → mean
    ///   1417/24 = 59.04 → 59 → 2012 table 35–75: 50 + 50·(59−35)/40 = 80.
    /// PM10: sum 1824 → 76 → 50 + 50·(76−50)/100 = 63.
    /// SO2: sum 178 → 7.42 → 7 → 50·7/50 = 7.       NO2: sum 432 → 18 → 50·18/40 = 22.5 → 23.
    /// CO: sum 18.5 → 0.771 → 0.8 → 50·0.8/2 = 20.
    /// O3 8-h: the best of the 17 windows is the one ending at 20时, hours 13–20:
    ///   (92 + 100.5 + 104 + 108 + 114 + 112.5 + 96 + 82.5)/8 = 809.5/8 = 101.19 → 101
    ///   → 50 + 50·1/60 = 50.8 → 51.
    /// O3 1-h (2012 daily only): max city hour 114 (17时) → 50·114/160 = 35.6 → 36.
    /// AQI = max = 80, 二级 良, primary pollutant PM2.5.
    @Test func theFifteenthWorkedByHand() throws {
        let day = try #require(try Self.reports().first { $0.date == LocalDate(year: 2025, month: 1, day: 15) })
        let a = day.area
        let expected: [(Indicator, String, Int)] = [
            (.so2_24h, "7", 7), (.no2_24h, "18", 23), (.co_24h, "0.8", 20), (.o3_1h, "114", 36),
            (.o3_8h, "101", 51), (.pm10_24h, "76", 63), (.pm2_5_24h, "59", 80),
        ]
        for (indicator, concentration, iaqi) in expected {
            #expect(a.statistic(indicator)?.rounded?.description == concentration, "\(indicator.key)")
            #expect(a.index.iaqi[indicator] == iaqi, "\(indicator.key)")
        }
        #expect(a.statistic(.pm2_5_24h)?.value == Rational(1417, 24))
        #expect(a.statistic(.o3_8h)?.validWindows == 17)
        #expect(a.statistic(.o3_8h)?.value == Rational(8095, 80))
        #expect(a.index.aqi == 80)
        #expect(a.index.level?.category == "良")
        #expect(a.index.primaryPollutants == [.pm2_5])
        #expect(a.validHours == 24)
        // 2611A misses PM2.5 at 17时 and 18时: 22 valid hours, still ≥ 20.
        #expect(day.stations.first { $0.code == "2611A" }?.statistic(.pm2_5_24h)?.validHours == 22)
    }
}
