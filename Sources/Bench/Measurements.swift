import AQI
import App
import ArgumentParser
import Fetch
import Formats
import Foundation
import Identity
import Publish

/// Seconds of wall time of `body`.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = DispatchTime.now().uptimeNanoseconds
    let value = try body()
    return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// Peak resident memory of this process, MiB (Linux `VmHWM`).
func peakMemoryMiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kb = Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    else { return 0 }
    return kb / 1024
}

struct HourlyAQI: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Real-time AQI of every station-hour of the files (in memory).")
    @Option var dir: String

    func run() throws {
        let year = try NationalYear.load(dir)
        let evaluator = RealtimeEvaluator(standard: .hj633_2012)
        let (published, seconds) = timed { () -> Int in
            var published = 0
            for s in 0..<year.stations.count {
                let v = year.values[s]
                for k in 0..<year.hours {
                    let index = evaluator.evaluate((v[0][k], v[1][k], v[2][k], v[3][k], v[4][k], v[5][k]))
                    if index.aqi >= 0 { published &+= 1 }
                }
            }
            return published
        }
        let stationHours = year.stations.count * year.hours
        print(
            "hourly-aqi: \(stationHours) station-hours (\(published) with an AQI) in \(String(format: "%.3f", seconds)) s = \(Int(Double(stationHours) / seconds)) station-hours/s"
        )
    }
}

struct DailyReports: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The daily report of every city for every day of the files.")
    @Option var dir: String
    @Option var stationList: String

    func run() throws {
        let listed = try ListedStations(dir: dir, stationList: stationList)
        let cities = Dictionary(grouping: listed.entries, by: \.city)
        let days = listed.year.days
        let cityList = Array(cities)
        // Cities are independent: they run on every core, as a national run would.
        let (count, seconds) = timed { () -> Int in
            parallelMap(cityList.count) { n -> Int in
                let (city, members) = cityList[n]
                var count = 0
                for day in days {
                    let report = DailyReport(
                        areaCode: city, areaName: city, date: day, standard: Standard.inForce(on: day),
                        stations: listed.hours(of: members, on: day), areaCoverage: .full)
                    if report.area.index.aqiComputed != nil { count += 1 }
                }
                return count
            }.reduce(0, +)
        }
        print(
            "daily-reports: \(cities.count) cities × \(days.count) days = \(cities.count * days.count) reports (\(count) with an AQI) in \(String(format: "%.2f", seconds)) s on \(ProcessInfo.processInfo.activeProcessorCount) cores"
        )
    }
}

struct PublishCity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "One city's full year of pages: documents → site → SiteWriter.")
    @Option var dir: String
    @Option var stationList: String
    @Option var city: String
    @Option var out: String

    func run() throws {
        let listed = try ListedStations(dir: dir, stationList: stationList)
        let members = listed.entries.filter { $0.city == city }
        guard !members.isEmpty else { throw ValidationError("no station of \(city) in the files") }
        let area = BulletinArea(code: "000000", name: city, englishName: city)
        let issuer = Issuer(
            name: "\(city)生态环境局", englishName: "\(city) Ecology and Environment Bureau",
            organisation: OrganisationCode("000000000000000000")!)
        let documents = listed.year.days.enumerated().map { n, day in
            let report = DailyReport(
                areaCode: area.code.rawValue, areaName: city, date: day, standard: Standard.inForce(on: day),
                stations: listed.hours(of: members, on: day), areaCoverage: .full)
            return BulletinDocument(
                report: report, area: area, issuer: issuer,
                revision: RevisionInfo(
                    number: 1, reason: nil, publishedBy: "bench",
                    publishedAt: Instant(china: LocalDate(year: 2026, month: 1, day: 1).adding(days: n), hour: 8),
                    indexNumber: "000000000000000000/2026-\(String(format: "%05d", n + 1))"))
        }
        try? FileManager.default.removeItem(atPath: out)
        let content = SiteContent(
            identity: SiteIdentity(area: area, issuer: issuer), bulletins: documents, generatedAt: 1_798_761_600,
            baseURL: "https://example.invalid/", idAuthority: "example.invalid,2026")
        let (files, render) = try timed { try renderSite(content) }
        let (summary, write) = try timed { try SiteWriter().write(files: files, to: out) }
        let bytes = files.reduce(0) { $0 + $1.bytes.count }
        print(
            "publish-city: \(city) \(documents.count) days → \(files.count) files (\(bytes / 1_048_576) MiB) rendered in \(String(format: "%.2f", render)) s, written in \(String(format: "%.2f", write)) s (\(summary.written) written) = \(String(format: "%.2f", render + write)) s"
        )
    }
}

struct DailyPipeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "From the files to every station's daily AQI (daily means, O3 8-h maxima, HJ 633 daily AQI): what pandas_daily.py does."
    )
    @Option var dir: String

    func run() throws {
        let ((stationDays, valid), seconds) = try timed { () -> (Int, Int) in
            let year = try NationalYear.load(dir)
            var stationDays = 0
            var valid = 0
            for day in year.days {
                let set = ChinaIndicatorSet(standard: Standard.inForce(on: day), report: .daily)
                for s in 0..<year.stations.count {
                    let hours = year.pollutantHours(station: s, day: day)
                    guard !hours.isEmpty else { continue }
                    let location = LocationDay(
                        code: year.stations[s], name: year.stations[s], isAssessment: true, hours: hours, set: set,
                        coverage: .full)
                    stationDays += 1
                    if location.index.aqiComputed != nil { valid += 1 }
                }
            }
            return (stationDays, valid)
        }
        print(
            "daily-pipeline: \(stationDays) station-days (\(valid) with an AQI) in \(String(format: "%.2f", seconds)) s; peak \(peakMemoryMiB()) MiB"
        )
    }
}

struct BatchInput: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "The same N daily inputs as NDJSON for `airbulletin aqi --batch` and as TSV for python-aqi (HJ 633—2012 daily table, its valid range)."
    )
    @Option var count = 1_000_000
    @Option var ndjson: String
    @Option var tsv: String

    func run() throws {
        var rng = SplitMix64(seed: 633)
        var lines = ""
        var rows = ""
        lines.reserveCapacity(count * 150)
        for _ in 0..<count {
            // Within python-aqi's MEP table (it raises above it): PM2.5 ≤ 500, PM10 ≤ 600, O3 8-h ≤ 800,
            // SO2 ≤ 2620, NO2 ≤ 940, CO ≤ 60 mg/m³ (one decimal).
            let pm25 = Int(rng.unit() * 300)
            let pm10 = pm25 + Int(rng.unit() * 200)
            let o3 = Int(rng.unit() * 260)
            let so2 = Int(rng.unit() * 120)
            let no2 = Int(rng.unit() * 150)
            let co = Int(rng.unit() * 40)
            lines +=
                "{\"standard\":\"hj633-2012\",\"report\":\"daily\",\"inputs\":{\"SO2_24H\":\"\(so2)\",\"NO2_24H\":\"\(no2)\",\"CO_24H\":\"\(co / 10).\(co % 10)\",\"O3_8H\":\"\(o3)\",\"PM10_24H\":\"\(pm10)\",\"PM2_5_24H\":\"\(pm25)\"}}\n"
            rows += "\(pm25)\t\(pm10)\t\(o3)\t\(so2)\t\(no2)\t\(co / 10).\(co % 10)\n"
        }
        try lines.write(toFile: ndjson, atomically: true, encoding: .utf8)
        try rows.write(toFile: tsv, atomically: true, encoding: .utf8)
        print("batch-input: \(count) inputs")
    }
}
