import Foundation

/// `report annual` publishes the report in the site: `reports/YYYY-annual.html` and
/// `reports/YYYY-annual.md` (ARCHITECTURE.md, Output), each replaced atomically; nothing else in
/// the site is touched.
public enum AnnualReportFiles {
    /// The two paths under `site`, HTML first.
    public static func paths(year: Int, site: String) -> [String] {
        ["html", "md"].map { (site as NSString).appendingPathComponent("reports/\(year)-annual.\($0)") }
    }

    /// Writes both files and returns their paths, HTML first. Both are written before either
    /// replaces its predecessor, so a full disk leaves the earlier version of both.
    public static func write(_ output: AnnualReportBuild.Output, site: String) throws -> [String] {
        let paths = paths(year: output.report.year, site: site)
        try AtomicFile.write([(paths[0], output.html), (paths[1], output.markdown)])
        return paths
    }
}
