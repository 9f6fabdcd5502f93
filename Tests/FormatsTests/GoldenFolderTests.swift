import Foundation
import Testing

@testable import TestSupport

/// The golden-file check every test target uses, on a folder of its own in the temporary directory.
@Suite final class GoldenFolderTests {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")

    /// A fresh folder holding `page.txt`, removed after each test.
    init() throws {
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("one\ntwo\nthree\n".utf8).write(to: url.appendingPathComponent("page.txt"))
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The folder, checked as the test target "PublishTests" would check it.
    func folder(recording: Bool = false) -> GoldenFolder {
        GoldenFolder(url: url, testTarget: "PublishTests", isRecording: recording)
    }

    @Test func theSameBytesPass() throws {
        let golden = folder()
        #expect(try golden.compare("one\ntwo\nthree\n", "page.txt") == nil)
        try golden.check("one\ntwo\nthree\n", "page.txt")
    }

    @Test func aMismatchFailsWithAUnifiedDiffAndTheCommandThatReRecords() throws {
        let golden = folder()
        #expect(
            try golden.compare("one\n2\nthree\n", "page.txt") == """
                page.txt differs from its golden file; if the change is intended, re-record with \
                `AIRBULLETIN_RECORD=1 swift test --filter PublishTests` and review `git diff`
                --- golden/page.txt
                +++ actual
                @@ -1,3 +1,3 @@
                 one
                -two
                +2
                 three
                """)
        try withKnownIssue {
            try golden.check("one\n2\nthree\n", "page.txt")
        } matching: { issue in
            issue.comments.contains { $0.rawValue.contains("-two\n+2\n") }
        }
    }

    @Test func aMissingFileSaysHowToRecordIt() throws {
        let golden = folder()
        #expect(
            try golden.compare("text", "other.txt")
                == "no golden file other.txt: record it with `AIRBULLETIN_RECORD=1 swift test --filter PublishTests` "
                + "and review it with `git status`")
    }

    /// Recording writes what changed and says so (a recording run is never green by accident); what matches stays.
    @Test func recordingWritesAChangedFileAndFails() throws {
        let golden = folder(recording: true)
        #expect(try golden.compare("one\ntwo\nthree\n", "page.txt") == nil)
        #expect(
            try golden.compare("new\n", "sub/page.txt")
                == "recorded the golden file sub/page.txt (AIRBULLETIN_RECORD=1): review it with `git diff`, then "
                + "run `swift test --filter PublishTests` again without AIRBULLETIN_RECORD")
        #expect(try Data(contentsOf: golden.url.appendingPathComponent("sub/page.txt")) == Data("new\n".utf8))
    }

    @Test func aTargetsFolderIsBesideItsSwiftFile() {
        let golden = GoldenFolder(beside: "/src/Tests/CLITests/Golden.swift", environment: ["AIRBULLETIN_RECORD": "1"])
        #expect(golden.url.path == "/src/Tests/CLITests/Golden")
        #expect(golden.testTarget == "CLITests")
        #expect(golden.isRecording)
        #expect(!GoldenFolder(beside: "/src/Tests/CLITests/Golden.swift", environment: [:]).isRecording)
    }

    @Test func aLongDiffIsShortened() {
        let diff = (1...250).map { "+\($0)" }.joined(separator: "\n")
        let short = GoldenFolder.shortened(diff)
        #expect(short.hasSuffix("+200\n… 50 more lines (re-record, then `git diff`)"))
    }
}
