import AQI
import Fetch
import Foundation

/// The real CNEMC station files in ../shared/data/cnemc_hourly_2025 (README there). Tests that
/// need them are skipped, saying so, when the folder is absent.
enum SharedStationFiles {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/cnemc_hourly_2025").standardizedFileURL

    static var available: Bool { FileManager.default.fileExists(atPath: root.path) }

    /// Every station file: the two national days, then the 31 Yunnan days (which repeat the
    /// national days' Yunnan columns).
    static func all() throws -> [URL] {
        try ["full_national", "yunnan_sites"].flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)
                .filter { $0.hasPrefix("china_sites_") && $0.hasSuffix(".csv") }.sorted()
                .map { root.appendingPathComponent(folder).appendingPathComponent($0) }
        }
    }

    /// Decodes one file into readings the way `import --format cnemc-archive` does.
    static func readings(of url: URL, named name: String? = nil) throws -> (readings: [Reading], problems: [String]) {
        let file = name ?? url.lastPathComponent
        let table = try CNEMCArchiveDecoder.decode(Array(try Data(contentsOf: url)), file: file)
        let decoded = table.readings(file: file)
        return (decoded.readings, (table.problems + decoded.problems).map(\.description))
    }
}
