import Testing

@testable import TestSupport

/// The diff a failing golden file prints: the text of `diff -u --label golden/NAME --label actual`.
@Suite struct UnifiedDiffTests {
    func diff(_ old: String, _ new: String, context: Int = 3) -> String {
        UnifiedDiff.between(old, new, oldLabel: "golden/page.txt", newLabel: "actual", context: context)
    }

    @Test func equalTextsHaveNoDiff() {
        #expect(diff("a\nb\n", "a\nb\n") == "")
        #expect(diff("", "") == "")
    }

    /// Two changes more than six lines apart make two hunks; a last line without `\n` is marked as `diff` marks it.
    @Test func changesFarApartMakeTwoHunks() {
        let old = (1...15).map { "\($0)\n" }.joined()
        let new = "1\ntwo\n" + (3...13).map { "\($0)\n" }.joined() + "15\n16"
        #expect(
            diff(old, new) == """
                --- golden/page.txt
                +++ actual
                @@ -1,5 +1,5 @@
                 1
                -2
                +two
                 3
                 4
                 5
                @@ -11,5 +11,5 @@
                 11
                 12
                 13
                -14
                 15
                +16
                \\ No newline at end of file
                """)
    }

    /// Six unchanged lines (twice the context) between two changes still make one hunk; one more makes two.
    @Test func changesCloseTogetherShareAHunk() {
        let old = (1...10).map { "\($0)\n" }.joined()
        let changing = { (lines: Set<Int>) in (1...10).map { lines.contains($0) ? "X\n" : "\($0)\n" }.joined() }
        #expect(
            diff(old, changing([2, 9])) == """
                --- golden/page.txt
                +++ actual
                @@ -1,10 +1,10 @@
                 1
                -2
                +X
                 3
                 4
                 5
                 6
                 7
                 8
                -9
                +X
                 10
                """)
        #expect(diff(old, changing([2, 10])).components(separatedBy: "\n@@ ").count == 3)
    }

    /// `diff`'s ranges: one line has no count; an empty range names the line before it.
    @Test func rangesAreSpelledAsDiffSpellsThem() {
        #expect(diff("", "a\n") == "--- golden/page.txt\n+++ actual\n@@ -0,0 +1 @@\n+a")
        #expect(diff("a\nc\n", "a\nb\nc\n", context: 0) == "--- golden/page.txt\n+++ actual\n@@ -1,0 +2 @@\n+b")
        #expect(diff("a\nb\nc\n", "a\nc\n") == "--- golden/page.txt\n+++ actual\n@@ -1,3 +1,2 @@\n a\n-b\n c")
    }

    /// Lines are bytes: a decomposed é is a change, though `String ==` calls the texts equal.
    @Test func linesAreComparedByteForByte() {
        #expect("caf\u{E9}\n" == "cafe\u{301}\n")
        #expect(
            diff("caf\u{E9}\n", "cafe\u{301}\n")
                == "--- golden/page.txt\n+++ actual\n@@ -1 +1 @@\n-caf\u{E9}\n+cafe\u{301}")
    }
}
