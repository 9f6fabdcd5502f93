import Foundation
import Testing

/// Golden files in Tests/CLITests/Golden. Re-record them with
/// `AIRBULLETIN_RECORD=1 swift test --filter CLITests` and review the diff in git.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["AIRBULLETIN_RECORD"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record(
                "no golden file \(name): record it with AIRBULLETIN_RECORD=1 swift test --filter CLITests",
                sourceLocation: sourceLocation)
            return
        }
        guard expected != text else { return }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
        Issue.record(
            """
            \(name) differs from line \(line + 1) (re-record with AIRBULLETIN_RECORD=1 if the change is intended):
            - \(line < a.count ? String(a[line]) : "<end of file>")
            + \(line < b.count ? String(b[line]) : "<end of text>")
            """, sourceLocation: sourceLocation)
    }
}
