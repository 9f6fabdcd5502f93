import AQI
import App
import ArgumentParser
import Foundation
import Stations

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Streams hourly, daily or monthly values of stations or cities as CSV, JSON or NDJSON.",
        discussion: """
            Hourly rows carry period_start and period_end in ISO 8601 with +08:00 (the hour ending at period_end, as \
            Chinese platforms label it). City daily and monthly rows come from the published bulletins, so they match \
            them; station and hourly rows are computed from the stored readings. Columns: README.md, Export.

            Examples:
              airbulletin export --from 2025-01-01 --to 2025-01-31 --level city --interval day --excel --out jan.csv
              airbulletin export --from 2025-01-15 --to 2025-01-15 --level station --interval hour --revisions all
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "First day (YYYY-MM-DD).")
    var from: String

    @Option(help: "Last day (YYYY-MM-DD).")
    var to: String

    @Option(help: "station or city.")
    var level = "city"

    @Option(help: "hour, day or month.")
    var interval = "day"

    @Option(help: "csv, json or ndjson.")
    var format = "csv"

    @Option(help: "Write to this file (atomically) instead of stdout.")
    var out: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark, so Excel shows Chinese correctly.")
    var excel = false

    @Option(help: "current (the default) or all: every stored revision with its fetch time (station hourly rows only).")
    var revisions = "current"

    @Option(help: "Only this area (its code); default: the configured areas (station rows: every stored station).")
    var area: String?

    func run() throws {
        do {
            let first = try parseDate(from, option: "--from")
            let last = try parseDate(to, option: "--to")
            guard let level = HistoryExport.Level(rawValue: level) else {
                throw UsageError("--level: expected station or city, found \"\(level)\"")
            }
            guard let interval = HistoryExport.Interval(rawValue: interval) else {
                throw UsageError("--interval: expected hour, day or month, found \"\(interval)\"")
            }
            guard revisions == "current" || revisions == "all" else {
                throw UsageError("--revisions: expected current or all, found \"\(revisions)\"")
            }
            let configuration = try global.checkedConfiguration()
            // Station rows cover every stored station unless an area is named; city rows need areas.
            let areas: [AreaContext]
            if level == .station, area == nil {
                areas = []
            } else {
                areas = try AreaSelection.select(configuration, stations: try loadStationsConfiguration(configuration), area: area)
            }
            let store = try openStore(configuration)
            let rows = try HistoryExport(store: store, areas: areas).run(
                HistoryExport.Request(
                    from: first, to: last, level: level, interval: interval, format: format, out: out, excel: excel,
                    allRevisions: revisions == "all", areaCodes: areas.map { $0.code }))
            printError("export: \(rows) rows\(out.map { " written to \($0)" } ?? "")")
        } catch let error as UsageError {
            throw failUsage(error)
        }
    }
}
