import AQI
import Fetch
import Formats
import Foundation

/// The real CNEMC data in ../shared/data/cnemc_hourly_2025 (README there). Tests that need it
/// are skipped, saying so, when the folder is absent.
enum SharedData {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data/cnemc_hourly_2025").standardizedFileURL

    static var available: Bool { FileManager.default.fileExists(atPath: root.path) }

    static func table(_ relativePath: String) throws -> CNEMCArchiveTable {
        let bytes = Array(try Data(contentsOf: root.appendingPathComponent(relativePath)))
        let table = try CNEMCArchiveDecoder.decode(bytes, file: relativePath)
        precondition(table.problems.isEmpty, "\(relativePath): \(table.problems)")
        return table
    }

    /// The station files, each station-day once: the two full national days, then the Yunnan
    /// station files for the rest of January.
    static let stationFiles: [String] =
        ["full_national/china_sites_20250101.csv", "full_national/china_sites_20250102.csv"]
        + (3...31).map { "yunnan_sites/china_sites_202501\(String(format: "%02d", $0)).csv" }

    static func cityFile(for stationFile: String) -> String {
        stationFile.replacingOccurrences(of: "sites", with: "cities")
    }

    struct StationEntry {
        let city: String
        let isControl: Bool
    }

    /// The 2022.02.13 national station list: code → city and 对照点.
    static func stationList() throws -> [String: StationEntry] {
        let text = try String(
            contentsOf: root.appendingPathComponent("station_list/站点列表-2022.02.13起.csv"), encoding: .utf8)
        var out: [String: StationEntry] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false)
            out[String(f[0])] = StationEntry(city: String(f[2]), isControl: f[5] == "Y")
        }
        return out
    }
}

extension CNEMCArchiveTable {
    /// Row index by (hour, series).
    func rowIndex() -> [HourStamp: [CNEMCSeries: Int]] {
        var index: [HourStamp: [CNEMCSeries: Int]] = [:]
        for (i, row) in rows.enumerated() { index[row.hour, default: [:]][row.series] = i }
        return index
    }
}
