import Foundation
import Testing

/// Golden files in Tests/DisclosureTests/Golden. Re-record them with
/// `AIRBULLETIN_RECORD=1 swift test --filter DisclosureTests` and review the diff in git.
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
                "no golden file \(name): record it with AIRBULLETIN_RECORD=1 swift test --filter DisclosureTests",
                sourceLocation: sourceLocation)
            return
        }
        if expected != text {
            Issue.record(
                "\(name) differs from its golden file:\n\(diff(expected, text))", sourceLocation: sourceLocation)
        }
    }

    /// The differing lines with their numbers, `-` golden, `+` actual (at most 20).
    static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for i in 0..<max(a.count, b.count) where (i < a.count ? a[i] : nil) != (i < b.count ? b[i] : nil) {
            if i < a.count { out.append("-\(i + 1): \(a[i])") }
            if i < b.count { out.append("+\(i + 1): \(b[i])") }
            if out.count >= 20 { break }
        }
        return out.joined(separator: "\n")
    }
}
