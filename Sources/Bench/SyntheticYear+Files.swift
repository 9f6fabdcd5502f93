import AQI
import Fetch
import Foundation

extension SyntheticYear {
    /// Writes `china_sites_YYYYMMDD.csv` for `days` days from January 1; returns the number of
    /// 1-h pollutant values written (the readings an import will store).
    func writeFiles(days: Int, to directory: URL, progress: (String) -> Void) throws -> Int {
        let first = LocalDate(year: year, month: 1, day: 1)
        let lead = 23  // hours before the first file's hour 0, for 24-h moving means
        let hours = days * 24 + lead
        let start = HourStamp(date: first, endingAt: 0).adding(hours: -lead)
        progress("generating \(stations.count) stations × \(days * 24) hours")
        let all = (0..<stations.count).map { hourlyValues(station: $0, hours: hours) }
        let evaluator = RealtimeEvaluator(standard: Standard.inForce(on: first))
        var readings = 0
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for d in 0..<days {
            let date = first.adding(days: d)
            var out = "date,hour,type," + stations.map(\.code.rawValue).joined(separator: ",")
            out.reserveCapacity(2_000_000)
            let stamp = String(date.description.filter { $0 != "-" })
            for clock in 0..<24 {
                let k = HourStamp(date: date, endingAt: clock).rawValue - start.rawValue
                for series in Self.series {
                    out += "\n\(stamp),\(clock),\(series.rawValue)"
                    for s in 0..<stations.count {
                        out += ","
                        if let text = cell(series, station: all[s], k: k, clock: clock, evaluator: evaluator) {
                            out += text
                            if series.hourlyPollutant != nil { readings += 1 }
                        }
                    }
                }
            }
            try Data(out.utf8).write(to: directory.appendingPathComponent("china_sites_\(stamp).csv"))
            if d % 30 == 29 { progress("wrote \(d + 1) of \(days) days") }
        }
        return readings
    }

    /// One cell as the archive writes it (data README): 1-h values, 24-h moving means, the
    /// current 8-h O3 mean (`O3_8h_24h`) and the running daily maximum 8-h O3 (`O3_8h`).
    private func cell(_ series: CNEMCSeries, station v: [[Int32]], k: Int, clock: Int, evaluator: RealtimeEvaluator)
        -> String?
    {
        func text(_ milli: Int32, _ p: Pollutant) -> String {
            p == .co
                ? Concentration(milli: milli).exact.rounded(toDecimals: 1, .halfEven).description
                : String(Int(milli) / 1000)
        }
        func moving(_ p: Pollutant, end: Int, length: Int, minimum: Int) -> Int32? {
            guard end - length + 1 >= 0 else { return nil }
            let window = v[p.rawValue][(end - length + 1)...end].filter { $0 >= 0 }
            guard window.count >= minimum else { return nil }
            let mean = window.reduce(0) { $0 + Int($1) } / window.count
            return Int32(p == .co ? mean / 100 * 100 : mean / 1000 * 1000)
        }
        switch series {
        case .aqi:
            let m = v.map { $0[k] }
            return evaluator.evaluate((m[0], m[1], m[2], m[3], m[4], m[5])).publishedAQI.map(String.init)
        case .o3_24h:
            return nil
        case .o3_8h_24h:
            return moving(.o3, end: k, length: 8, minimum: 6).map { text($0, .o3) }
        case .o3_8h:
            let labelHour = clock == 0 ? 24 : clock
            guard labelHour >= 8 else { return nil }
            let best = (8...labelHour).compactMap { moving(.o3, end: k - (labelHour - $0), length: 8, minimum: 6) }
                .max()
            return best.map { text($0, .o3) }
        default:
            if let p = series.hourlyPollutant {
                let m = v[p.rawValue][k]
                return m == Int32.min ? nil : text(m, p)
            }
            let p: Pollutant =
                switch series {
                case .pm2_5_24h: .pm2_5
                case .pm10_24h: .pm10
                case .so2_24h: .so2
                case .no2_24h: .no2
                default: .co
                }
            return moving(p, end: k, length: 24, minimum: 20).map { text($0, p) }
        }
    }
}
