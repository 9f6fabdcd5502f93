import Foundation
import Testing

/// A folder of golden files: the exact bytes a renderer must produce, kept in the source tree beside the tests.
///
/// Each test target declares its folder once (`let golden = GoldenFolder(beside: #filePath)`) and checks a text
/// against a file in it with `try golden.check(text, "index.html")`. A mismatch fails with a unified diff
/// (`- golden`, `+ actual`). To accept a change, re-record and review:
///
///     AIRBULLETIN_RECORD=1 swift test --filter PublishTests
///     git diff Tests/PublishTests/Golden
///
/// A recording run writes only the files that changed, and fails each test that wrote one, so that a run with
/// AIRBULLETIN_RECORD=1 left on can never pass for a run that compared; the next run without it is the check.
public struct GoldenFolder: Sendable {
    public let url: URL
    /// What `swift test --filter` takes to re-run these tests: the test target the folder belongs to.
    public let testTarget: String
    /// Whether `check` writes the golden files instead of comparing with them (AIRBULLETIN_RECORD=1).
    public let isRecording: Bool

    /// The folder `name` beside the Swift file at `filePath` (pass `#filePath`), in a test target's folder.
    public init(
        beside filePath: String, named name: String = "Golden",
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        let here = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        self.init(
            url: here.appendingPathComponent(name), testTarget: here.lastPathComponent,
            isRecording: environment["AIRBULLETIN_RECORD"] == "1")
    }

    public init(url: URL, testTarget: String, isRecording: Bool) {
        self.url = url
        self.testTarget = testTarget
        self.isRecording = isRecording
    }

    /// Records an issue at `sourceLocation` unless `actual` is the golden file `name` byte for byte; when recording,
    /// writes it instead (and records that it did, if it changed). Throws only when the file cannot be written.
    public func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if let failure = try compare(actual, name) {
            Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
        }
    }

    /// What `check` records, or nil when there is nothing to say: the golden file `name` is `actual` byte for byte.
    public func compare(_ actual: String, _ name: String) throws -> String? {
        let file = url.appendingPathComponent(name)
        let expected = try? Data(contentsOf: file)
        let bytes = Data(actual.utf8)
        guard expected != bytes else { return nil }
        if isRecording {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try bytes.write(to: file, options: .atomic)
            return "recorded the golden file \(name) (AIRBULLETIN_RECORD=1): review it with `git diff`, then run "
                + "`swift test --filter \(testTarget)` again without AIRBULLETIN_RECORD"
        }
        guard let expected else {
            return "no golden file \(name): record it with `\(recordCommand)` and review it with `git status`"
        }
        let diff = UnifiedDiff.between(
            String(decoding: expected, as: UTF8.self), actual, oldLabel: "golden/\(name)", newLabel: "actual")
        return "\(name) differs from its golden file; if the change is intended, re-record with "
            + "`\(recordCommand)` and review `git diff`\n" + Self.shortened(diff)
    }

    private var recordCommand: String { "AIRBULLETIN_RECORD=1 swift test --filter \(testTarget)" }

    /// At most `limit` lines of a diff: a rewritten page would bury the test's name; `git diff` has the rest.
    static func shortened(_ diff: String, limit: Int = 200) -> String {
        let lines = diff.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count > limit else { return diff }
        return (lines.prefix(limit) + ["… \(lines.count - limit) more lines (re-record, then `git diff`)"])
            .joined(separator: "\n")
    }
}
