import Foundation
import Testing

/// Compares `text` with `Fixtures/<file>` beside this test. `AIRBULLETIN_RECORD=1` rewrites the
/// golden file instead (then review the diff in git).
func expectGolden(_ text: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(file)
    if ProcessInfo.processInfo.environment["AIRBULLETIN_RECORD"] == "1" {
        try text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let golden = try String(contentsOf: url, encoding: .utf8)
    guard golden != text else { return }
    let expected = golden.split(separator: "\n", omittingEmptySubsequences: false)
    let actual = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line =
        zip(expected, actual).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expected.count, actual.count)
    Issue.record(
        """
        \(file) differs from line \(line + 1) (re-record with AIRBULLETIN_RECORD=1 if the change is intended):
        - \(line < expected.count ? String(expected[line]) : "<end of file>")
        + \(line < actual.count ? String(actual[line]) : "<end of text>")
        """, sourceLocation: sourceLocation)
}
