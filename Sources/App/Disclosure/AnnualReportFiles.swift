import AQI
import Foundation
import Store

/// `report annual` publishes the report in the site: `reports/YYYY-annual.html` and
/// `reports/YYYY-annual.md` (ARCHITECTURE.md, Output). The report is not written into the site
/// directory here: it is stored (both files in one transaction, each change a new revision, the
/// earlier ones kept) and the site's single writer carries it in every publication after, so no
/// later run, correction or notice drops a legal disclosure document.
public enum AnnualReportFiles {
    /// The two site paths, HTML first.
    public static func sitePaths(year: Int) -> [String] { ["html", "md"].map { "reports/\(year)-annual.\($0)" } }

    /// The two paths under `site`, HTML first.
    public static func paths(year: Int, site: String) -> [String] {
        sitePaths(year: year).map { (site as NSString).appendingPathComponent($0) }
    }

    /// Stores both files for the site and returns how many changed (0 when both are as stored).
    public static func store(_ output: AnnualReportBuild.Output, in store: any SiteDocumentWriter, at: Instant) throws
        -> Int
    {
        let paths = sitePaths(year: output.report.year)
        return try store.storeSiteDocuments(
            [(paths[0], Array(output.html.utf8)), (paths[1], Array(output.markdown.utf8))], at: at
        ).count
    }
}
