import App
import ArgumentParser
import Disclosure

struct ReportAnnualCommand<Provider: DisclosureEnvironmentProvider>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "annual",
            abstract: "Prints the 政府信息公开工作年度报告 of a year (国办公开办函〔2021〕30号 format).",
            discussion: """
                Tables 二, 三 and 四 come from the store (notices, bulletins, the
                register); the rule and fee rows from DIR/annual.toml; 五 and 六
                from DIR/sections.md (docs/annual-report.md). DIR defaults to
                disclosure/YYYY. Table 三 must balance (一 + 二 = 三（七） + 四 in
                every column), or nothing is printed and the exit code is 1.
                Example:
                  airbulletin report annual --year 2025 --format html > 2025.html
                """)
    }

    @Option(help: "The report year (YYYY).")
    var year: String

    @Option(help: "The folder with annual.toml and sections.md (default: disclosure/YYYY).")
    var input: String?

    @Option(help: "markdown or html.")
    var format = "markdown"

    func run() throws {
        try runDisclosureCommand {
            guard let year = try parseYear(year, option: "--year") else { return }
            guard format == "markdown" || format == "html" else {
                throw UsageError("--format: unknown format \"\(format)\" (expected markdown or html)")
            }
            let output = try AnnualReportBuild.run(
                year: year, inputDirectory: input, environment: try Provider.environment())
            StandardStreams.writeOut(format == "html" ? output.html : output.markdown)
        }
    }
}
