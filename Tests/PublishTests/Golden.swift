import Foundation
import Testing

/// Golden files under Tests/PublishTests/Golden. Re-record them all with
///
///     AIRBULLETIN_RECORD=1 swift test --filter PublishTests
///
/// and review the change with `git diff`. A mismatch fails with the differing lines.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["AIRBULLETIN_RECORD"] == "1" }

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            let message =
                "golden file \(name) is missing; record it with AIRBULLETIN_RECORD=1 swift test --filter PublishTests"
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let message =
                "\(name) differs from its golden file (- golden, + now); if the change is intended, re-record with "
                + "AIRBULLETIN_RECORD=1 swift test --filter PublishTests\n" + diff(expected, actual)
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// The lines between the common head and tail of two texts, with three lines of context.
    static func diff(_ old: String, _ new: String) -> String {
        let a = old.components(separatedBy: "\n")
        let b = new.components(separatedBy: "\n")
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let context = max(0, head - 3)
        var out = ["@@ line \(head + 1) @@"]
        out += a[context..<head].map { "  " + $0 }
        out += a[head..<(a.count - tail)].prefix(40).map { "- " + $0 }
        out += b[head..<(b.count - tail)].prefix(40).map { "+ " + $0 }
        out += a[(a.count - tail)..<min(a.count, a.count - tail + 3)].map { "  " + $0 }
        return out.joined(separator: "\n")
    }
}
