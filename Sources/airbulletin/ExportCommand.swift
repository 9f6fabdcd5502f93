import AQI
import App
import ArgumentParser
import Foundation
import Identity
import Stations
import Store

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
    var from: Parsed<LocalDate>

    @Option(help: "Last day (YYYY-MM-DD).")
    var to: Parsed<LocalDate>

    @Option(help: "Rows of stations or of cities.")
    var level: Parsed<HistoryExport.Level> = .valid(.city)

    @Option(help: "One row per hour, day or month.")
    var interval: Parsed<HistoryExport.Interval> = .valid(.day)

    @Option(help: "The output format.")
    var format: Parsed<HistoryExport.Format> = .valid(.csv)

    @Option(help: "Write to this file (atomically) instead of stdout.")
    var out: String?

    @Flag(help: "Start the CSV with a UTF-8 byte order mark, so Excel shows Chinese correctly.")
    var excel = false

    @Option(help: "all: every stored revision of each value, with its fetch time (station hourly rows only).")
    var revisions: Parsed<Revisions> = .valid(.current)

    @Option(help: "Only this area (its code); default: the configured areas (station rows: every stored station).")
    var area: Parsed<AreaCode>?

    func validate() throws {
        try area?.check("--area")
        try from.check("--from")
        try to.check("--to")
        try level.check("--level")
        try interval.check("--interval")
        try revisions.check("--revisions")
        try format.check("--format")
        _ = try request(areaCodes: []).columns()
    }

    func request(areaCodes: [AreaCode]) -> HistoryExport.Request {
        HistoryExport.Request(
            from: from.value, to: to.value, level: level.value, interval: interval.value, format: format.value,
            out: out, excel: excel, allRevisions: revisions.value == .all, areaCodes: areaCodes)
    }

    func run() throws {
        let configuration = try global.configuration()
        // Station rows cover every stored station unless an area is named; city rows need areas.
        let areas: [AreaContext]
        if level.value == .station, area == nil {
            areas = []
        } else {
            areas = try AreaSelection.select(
                configuration, stations: try loadStationsConfiguration(configuration), area: area?.value)
        }
        let source = try StoreOpening.openForExport(configuration)
        let rows = try HistoryExport(source: source, areas: areas).run(request(areaCodes: areas.map(\.code)))
        printError("export: \(rows) rows\(out.map { " written to \($0)" } ?? "")")
    }
}

extension ExportCommand {
    /// The values as they stand, or every stored revision of each.
    enum Revisions: String, CaseIterable, CheckedArgument {
        case current, all

        static func refusal(of text: String, for option: String) -> String {
            "\(option): expected current or all, found \"\(text)\""
        }
    }
}
