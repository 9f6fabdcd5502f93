import AQI
import App
import ArgumentParser
import Identity

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports: an area's daily AQI table, the annual disclosure report.",
        subcommands: [DailyReportCommand.self, ReportAnnualCommand.self])
}

struct DailyReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "daily",
        abstract: "Prints an area's daily AQI table from CNEMC archive files, without the store.",
        discussion: """
            Example (the bundled sample, Wenshan City, January 2025):
              airbulletin report daily --station-list stations/sample/stations.csv --city 文山州 \\
                --area-name 文山市 --area-code 532601 stations/sample/china_sites_2025*.csv
            The city row is the mean of the city's assessment stations (对照点 = N); each day uses the standard of its \
            data period (HJ 633—2012 before 2026-03-01).
            """)

    @Option(help: "The national station list CSV (监测点编码,监测点名称,城市,经度,纬度[,对照点]).")
    var stationList: String

    @Option(help: "The 城市 value of the stations to use, e.g. 文山州.")
    var city: String

    @Option(help: "The name printed for the area (default: the city).")
    var areaName: String?

    @Option(help: "The area's administrative code.")
    var areaCode: Parsed<AreaCode> = .valid("000000")

    @Option(help: "First day (YYYY-MM-DD); default: the first day in the files.")
    var from: Parsed<LocalDate>?

    @Option(help: "Last day (YYYY-MM-DD); default: the last day in the files.")
    var to: Parsed<LocalDate>?

    @Option(help: "The standard; auto takes each day's by its data period.")
    var standard: Parsed<StandardChoice> = .valid(.auto)

    @Argument(help: "CNEMC archive station files (china_sites_YYYYMMDD.csv).")
    var files: [String]

    func validate() throws {
        try standard.check("--standard")
        try areaCode.check("--area-code")
        try from?.check("--from")
        try to?.check("--to")
        try LocalDate.checkRange(from: from?.value, to: to?.value)
    }

    func run() throws {
        let text = try DailyTable.fromArchiveFiles(
            files, stationList: stationList, city: city, areaName: areaName, areaCode: areaCode.value,
            first: from?.value, last: to?.value, standard: standard.value, warn: { printError($0) })
        StandardStreams.writeOut(text)
    }
}
