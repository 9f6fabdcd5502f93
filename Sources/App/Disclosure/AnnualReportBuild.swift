import AQI
import Disclosure
import Foundation

/// `airbulletin report annual --year Y [--input DIR]`: the 政府信息公开工作年度报告 of a year,
/// from the store (notices, bulletins, the register) and the year's two input files in DIR
/// (default `disclosure/Y`): `annual.toml` and `sections.md` (docs/annual-report.md).
public enum AnnualReportBuild {
    public struct Output: Sendable {
        public let report: AnnualReport
        public let markdown: String
        public let html: String
    }

    public static func defaultInputDirectory(year: Int) -> String { "disclosure/\(year)" }

    public static func run(year: Int, inputDirectory: String?, environment env: DisclosureEnvironment) throws -> Output
    {
        guard (2000...2100).contains(year) else { throw UsageError("--year \(year) is not a report year") }
        let directory = inputDirectory ?? defaultInputDirectory(year: year)
        let annualPath = (directory as NSString).appendingPathComponent("annual.toml")
        let sectionsPath = (directory as NSString).appendingPathComponent("sections.md")
        let input = try AnnualInput.parse(
            text: DisclosureFiles.readText(annualPath, limit: 1 << 20), file: annualPath, year: year)
        let sections = try AnnualSections.parse(
            text: DisclosureFiles.readText(sectionsPath, limit: 1 << 20), file: sectionsPath)
        let repository = env.repository
        let report = try AnnualReport.build(
            year: year, organisation: env.issuer.name, itemCounts: try repository.itemCounts(year: year),
            notices: try repository.notices(publishedIn: year) + repository.notices(publishedIn: year + 1),
            requests: try repository.requests(), cases: try repository.cases(), input: input, sections: sections)
        return Output(report: report, markdown: report.renderMarkdown(), html: report.renderHTML())
    }
}
