import AQI
import ArgumentParser
import Fetch
import Foundation

/// Benchmark tools for `scripts/bench` (not part of the product).
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "airbulletin-bench",
        abstract: "Benchmark tools for scripts/bench: synthetic national data and in-process measurements.",
        subcommands: [Generate.self, HourlyAQI.self, DailyReports.self, PublishCity.self, DailyPipeline.self, BatchInput.self,
            HJ212Simulate.self,
        ])
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Writes a deterministic synthetic year in the CNEMC archive format for every station of a station list.")

    @Option(help: "The national station list CSV.")
    var stationList: String

    @Option(help: "Output directory.")
    var out: String

    @Option(help: "Days from January 1 (365 for the year).")
    var days = 365

    @Option(help: "Year.")
    var year = 2025

    @Option(help: "Random seed.")
    var seed: UInt64 = 20_250_101

    func run() throws {
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: stationList)))
        let (entries, problems) = try StationListDecoder.decode(bytes, file: stationList)
        guard problems.isEmpty else { throw ValidationError("\(problems.map(\.description).joined(separator: "\n"))") }
        let year = SyntheticYear(stations: entries, year: year, seed: seed)
        let start = Date()
        let readings = try year.writeFiles(days: days, to: URL(fileURLWithPath: out)) {
            FileHandle.standardError.write(Data("generate: \($0)\n".utf8))
        }
        let seconds = Date().timeIntervalSince(start)
        print(
            "generated \(days) days × \(entries.count) stations: \(readings) readings in \(String(format: "%.1f", seconds)) s"
        )
    }
}
