import App
import ArgumentParser
import Disclosure
import Foundation

struct ReportAnnualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annual",
        abstract: "Publishes the 政府信息公开工作年度报告 of a year (国办公开办函〔2021〕30号 format) in the site.",
        discussion: """
            Publishes SITE/reports/YYYY-annual.html and SITE/reports/YYYY-annual.md and prints where. The report \
            is kept in the store and stays on the site through every later run, correction and notice (running \
            the command again for the same year publishes the new text; the earlier one stays in the store). \
            Tables 二, 三 and 四 come from the store (notices, bulletins, the register); the rule and fee rows \
            from DIR/annual.toml; 五 and 六 from DIR/sections.md (docs/annual-report.md). DIR defaults to YYYY in \
            the configuration's disclosure directory (disclosure/YYYY). Table 三 must balance (一 + 二 = 三（七） + \
            四 in every column), or nothing is published and the exit code is 1.

            Example:
              airbulletin --site public report annual --year 2025
            """)

    @Option(help: "The report year (YYYY).")
    var year: Parsed<Year>

    @Option(help: "The folder with annual.toml and sections.md (default: disclosure/YYYY).")
    var input: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var area: AreaOption

    func validate() throws {
        try year.check("--year")
    }

    func run() throws {
        let year = year.value.number
        let configuration = try global.configuration()
        let environment = try DisclosureEnvironment.forCommand(configuration: configuration, area: area)
        let output = try AnnualReportBuild.run(
            year: year,
            inputDirectory: input ?? (configuration.disclosureDirectory as NSString).appendingPathComponent("\(year)"),
            environment: environment)
        let setup = try PublishingSetup(global: global, area: area.value, announceClock: false)
        _ = try AnnualReportFiles.store(output, in: setup.store, at: setup.clock.now())
        try refreshSite(global, area: area.value, note: "report annual --year \(year)")
        let paths = AnnualReportFiles.paths(year: year, site: configuration.site)
        StandardStreams.writeOut(paths.map { "wrote \($0)\n" }.joined())
    }
}
