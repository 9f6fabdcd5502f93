import AQI
import App
import ArgumentParser
import Fetch
import Formats
import Foundation
import Stations
import Store

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Stores upstream readings from files or URLs, every revision kept.",
        discussion: """
            Every file is checked row by row: a bad row is reported as FILE:LINE: error: … and skipped, the good rows are \
            stored. Implausible values (negative, sentinels such as −999, PM2.5 above PM10, stuck values) are flagged and \
            kept but never averaged. Re-importing identical data changes nothing; a changed value or flag adds a \
            revision and keeps the old one. All the files of one import are stored in one transaction: all or nothing.

            A file that cannot be read as a whole stops the import, nothing stored, with exit 2: not UTF-8, a line \
            longer than 1 MiB, a header of more than 10,000 columns, a station named twice in a header. An import in \
            which every row was rejected stores nothing and exits 1.

            With [database] url = "postgresql://ROLE@HOST:PORT/DBNAME?sslmode=verify-full" in the configuration, the \
            readings go to that PostgreSQL server (a province's shared database), the password taken from the \
            environment variable AIRBULLETIN_DATABASE_PASSWORD; a server that cannot be reached stops the import \
            before any input is read, with exit 1. --db FILE imports into that SQLite file instead.

            Example (a month of Yunnan):
              airbulletin import --format cnemc-archive \\
                --station-list ../shared/data/cnemc_hourly_2025/station_list/站点列表-2022.02.13起.csv \\
                ../shared/data/cnemc_hourly_2025/yunnan_sites/*.csv
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The input format.")
    var format: Parsed<SourceFormat>

    @Option(help: "A national station list CSV (监测点编码,监测点名称,城市,经度,纬度[,对照点]) whose stations are registered first.")
    var stationList: String?

    @Option(help: "For openaq-v3 pages: the station code they belong to.")
    var station: Parsed<StationCode>?

    @Argument(help: "Files, file:// or http(s) URLs.")
    var inputs: [String]

    func validate() throws {
        try format.check("--format")
        try station?.check("--station")
    }

    func run() throws {
        let configuration = try global.configuration()
        let stations = try loadStations(configuration)
        let importer = ReadingsImport(
            store: try StoreOpening.openForImport(configuration), http: CurlHTTPClient(), clock: SystemClock(),
            configuredStations: Set(stations.map(\.code)))
        let started = Date()
        let report: ReadingsImport.Report
        do {
            report = try importer.run(
                ReadingsImport.Request(
                    format: format.value, inputs: inputs, stationList: stationList, station: station?.value),
                progress: { StandardStreams.writeOut($0 + "\n") })
        } catch let error where !(error is UsageError || error is Diagnostic) {
            // Bad input is said as such; anything else is the import's failure, in one transaction.
            throw JobFailure("the import failed and stored nothing: \(error)")
        }
        for problem in report.problems { printError(problem.description) }
        if !report.skippedUnknownStations.isEmpty {
            printError(
                "warning: \(report.skippedUnknownStations.count) stations in the files are not known and were skipped "
                    + "(register them with --station-list or stations/*.toml): "
                    + report.skippedUnknownStations.sorted().prefix(10).map(\.rawValue).joined(separator: ", ")
                    + (report.skippedUnknownStations.count > 10 ? ", …" : ""))
        }
        let seconds = Date().timeIntervalSince(started)
        StandardStreams.writeOut(report.summary(files: inputs.count) + String(format: " (%.1f s)\n", seconds))
        if report.storedNothing { throw ExitCode(1) }
    }
}
