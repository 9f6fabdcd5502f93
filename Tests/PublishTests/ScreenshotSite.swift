import Foundation
import Publish
import Testing

/// Writes the golden site where scripts/screenshots asks (AIRBULLETIN_SCREENSHOT_SITE); skipped
/// otherwise.
@Suite struct ScreenshotSite {
    static let target = ProcessInfo.processInfo.environment["AIRBULLETIN_SCREENSHOT_SITE"]

    @Test(.enabled(if: target != nil, "only for scripts/screenshots (AIRBULLETIN_SCREENSHOT_SITE=DIR)"))
    func writeTheGoldenSite() throws {
        let summary = try SiteWriter().write(files: GoldenSite.files, to: Self.target!)
        #expect(summary.written + summary.unchanged == GoldenSite.files.count)
    }
}
