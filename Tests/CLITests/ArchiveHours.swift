import Foundation

/// Station-hours of the real CNEMC archive in ../shared/data/cnemc_hourly_2025 (its README),
/// read here directly, not through the program's decoder: the values a data logger would have sent.
enum ArchiveHours {
    static let folder = CLI.packageRoot.appendingPathComponent("../shared/data/cnemc_hourly_2025/yunnan_sites")
        .standardizedFileURL

    static var available: Bool { FileManager.default.fileExists(atPath: folder.path) }

    /// The archive's pollutant rows and their HJ 212 codes (HJ 212—2017 Appendix B).
    static let codes = [
        ("PM2.5", "a34004"), ("PM10", "a34002"), ("SO2", "a21026"), ("NO2", "a21004"), ("O3", "a05024"),
        ("CO", "a21005"),
    ]

    /// One row set of a file: `station → (start of the hour yyyyMMddHH, [(type, value text)])`.
    /// The archive labels a row by the hour's end (`hour` 0 of file D is D−1 24时, the hour that
    /// started at D−1 23:00), HJ 212's DataTime by its start: the row `D,h` is the hour starting
    /// at h−1 on D, or 23:00 on D−1 for h = 0 (ARCHITECTURE.md, Time).
    static func hours(file date: Date, stations: [String]) throws -> [String: [(
        start: String, values: [(String, String)]
    )]] {
        let name = "china_sites_\(Self.text(date, "yyyyMMdd")).csv"
        let lines = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first else { return [:] }
        var out: [String: [String: [(String, String)]]] = [:]
        for row in lines.dropFirst() where row.count == header.count {
            guard let hour = Int(row[1]), codes.contains(where: { $0.0 == row[2] }) else { continue }
            let start = Self.text(date.addingTimeInterval(Double(hour - 1) * 3600), "yyyyMMddHH")
            for station in stations {
                guard let column = header.firstIndex(of: station), !row[column].isEmpty else { continue }
                out[station, default: [:]][start, default: []].append((row[2], row[column]))
            }
        }
        return out.mapValues { byHour in byHour.sorted { $0.key < $1.key }.map { (start: $0.key, values: $0.value) } }
    }

    /// 2025-01-15 00:00 China Standard Time.
    static func day(_ iso: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = china
        let p = iso.split(separator: "-").compactMap { Int($0) }
        return calendar.date(from: DateComponents(year: p[0], month: p[1], day: p[2]))!
    }

    static let china = TimeZone(secondsFromGMT: 8 * 3600)!

    static func text(_ date: Date, _ format: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = china
        let c = calendar.dateComponents([.year, .month, .day, .hour], from: date)
        func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        let day = "\(c.year ?? 0)\(two(c.month))\(two(c.day))"
        return format == "yyyyMMdd" ? day : day + two(c.hour)
    }

    /// `text` (a decimal) × 10^`shift`, exactly: the value in another unit (mg ↔ µg).
    static func scaled(_ text: String, by shift: Int) -> String {
        var value = Decimal(string: text)!
        for _ in 0..<abs(shift) { value = shift > 0 ? value * 10 : value / 10 }
        return "\(value)"
    }
}
