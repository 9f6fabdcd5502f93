import Foundation
import Testing

/// The help text is wrapped by swift-argument-parser alone (issue 11, item 16): a discussion
/// carries no line breaks of its own inside a paragraph, so a wide terminal shows each paragraph
/// on one line and a narrow one gets the library's wrapping, never a second one.
@Suite struct HelpTextTests {
    static let commands: [[String]] = [
        [], ["run"], ["republish"], ["import"], ["export"], ["aqi"], ["report", "daily"], ["report", "annual"],
        ["stations"], ["notice"], ["notice", "add"], ["notice", "withdraw"], ["register", "add"], ["receive"],
        ["db"], ["db", "copy"], ["db", "grant"],
    ]

    @Test(arguments: commands) func paragraphsAreWrappedOnlyByTheLibrary(_ command: [String]) throws {
        let r = try CLI.run(command + ["--help"], environment: ["COLUMNS": "1000"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A prose line broken by hand: it runs on (no final punctuation) into a line that starts in
        // lower case, at the same indentation.
        for (line, next) in zip(lines, lines.dropFirst()) {
            let indent = line.prefix { $0 == " " }.count
            let nextIndent = next.prefix { $0 == " " }.count
            guard indent == nextIndent, let last = line.last, let first = next.dropFirst(nextIndent).first else { continue }
            let example = next.dropFirst(nextIndent).hasPrefix("airbulletin") || next.dropFirst(nextIndent).hasPrefix("--")
            let runsOn = !".:;)）。".contains(last) && !line.hasSuffix("\\") && !example
            #expect(!(runsOn && first.isLowercase && first.isASCII), "\(command): \"\(line)\" / \"\(next)\"")
        }
    }

    @Test func republishHelpKeepsItsSentencesWhole() throws {
        let r = try CLI.run(["republish", "--help"], environment: ["COLUMNS": "1000"])
        #expect(r.stdout.contains("the day page, month page, index and feed entry (the same entry, updated) change;"))
        let narrow = try CLI.run(["republish", "--help"], environment: ["COLUMNS": "60"])
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 || $0.contains("airbulletin republish") })
    }
}
