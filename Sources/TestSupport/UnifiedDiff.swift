/// A line diff of two texts in the unified format of `diff -u`, so that a failing golden file reads like the
/// `git diff` its re-recording will show.
///
///     --- golden/index.html
///     +++ actual
///     @@ -4,7 +4,7 @@
///      …three lines of context…
///     -<p>old</p>
///     +<p>new</p>
///      …three lines of context…
///
/// Lines are compared byte for byte (not by Unicode equivalence, which `String ==` uses), split at `\n` only; a
/// last line without one is followed by `\ No newline at end of file`, as `diff` prints it.
public enum UnifiedDiff {
    /// The diff from `old` to `new` with `context` unchanged lines around each change, or "" when they are equal.
    public static func between(
        _ old: String, _ new: String, oldLabel: String, newLabel: String, context: Int = 3
    ) -> String {
        let a = lines(of: old)
        let b = lines(of: new)
        let script = editScript(a, b)
        let changed = script.indices.filter { script[$0].kind != .same }
        guard let first = changed.first else { return "" }
        var out = ["--- \(oldLabel)", "+++ \(newLabel)"]
        // A hunk runs from `context` lines before its first change to `context` after its last; as in `diff`, changes
        // with at most twice `context` unchanged lines between them share one.
        var hunks = [first...first]
        for index in changed.dropFirst() {
            if index - hunks[hunks.count - 1].upperBound - 1 > 2 * context {
                hunks.append(index...index)
            } else {
                hunks[hunks.count - 1] = hunks[hunks.count - 1].lowerBound...index
            }
        }
        for changes in hunks {
            let steps = script[
                max(0, changes.lowerBound - context)...min(script.count - 1, changes.upperBound + context)]
            out += hunk(steps, a, b)
        }
        return out.joined(separator: "\n")
    }

    // MARK: - Lines and the edit script

    /// Each line with its `\n`, if it has one; a text ending in `\n` has no empty last line.
    private static func lines(of text: String) -> [ArraySlice<UInt8>] {
        let bytes = Array(text.utf8)
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(bytes[start...index])
            start = index + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        return lines
    }

    private enum Kind { case same, delete, insert }

    /// One step of the script, with the positions in `a` and `b` before it.
    private struct Step {
        var kind: Kind
        var old: Int
        var new: Int
    }

    /// A shortest edit script: the common head and tail, and between them a longest common subsequence
    /// (deletions before insertions, as `diff` prints them).
    private static func editScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Step] {
        var head = 0
        while head < a.count, head < b.count, a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head, tail < b.count - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        let n = a.count - head - tail
        let m = b.count - head - tail
        // common[i * (m + 1) + j]: the length of the longest common subsequence of the middles' suffixes at i and j.
        // Past some 4 million pairs (two rewritten files of 2,000 lines) a greedy script will do for a failing test.
        let isGreedy = (n + 1) * (m + 1) > 4_000_000
        var common = [Int](repeating: 0, count: isGreedy ? 0 : (n + 1) * (m + 1))
        for i in stride(from: n - 1, through: 0, by: -1) where !isGreedy {
            for j in stride(from: m - 1, through: 0, by: -1) {
                common[i * (m + 1) + j] =
                    a[head + i] == b[head + j]
                    ? common[(i + 1) * (m + 1) + j + 1] + 1
                    : max(common[(i + 1) * (m + 1) + j], common[i * (m + 1) + j + 1])
            }
        }
        var script = (0..<head).map { Step(kind: .same, old: $0, new: $0) }
        var (i, j) = (0, 0)
        while i < n || j < m {
            let step = Step(kind: .same, old: head + i, new: head + j)
            if i < n, j < m, a[head + i] == b[head + j] {
                script.append(step)
                (i, j) = (i + 1, j + 1)
            } else if j == m || (i < n && (isGreedy || common[(i + 1) * (m + 1) + j] >= common[i * (m + 1) + j + 1])) {
                script.append(Step(kind: .delete, old: step.old, new: step.new))
                i += 1
            } else {
                script.append(Step(kind: .insert, old: step.old, new: step.new))
                j += 1
            }
        }
        script += (0..<tail).map { Step(kind: .same, old: a.count - tail + $0, new: b.count - tail + $0) }
        return script
    }

    // MARK: - Printing

    private static func hunk(_ steps: ArraySlice<Step>, _ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [String]
    {
        let first = steps[steps.startIndex]
        let oldCount = steps.count { $0.kind != .insert }
        let newCount = steps.count { $0.kind != .delete }
        var out = ["@@ -\(range(first.old, oldCount)) +\(range(first.new, newCount)) @@"]
        for step in steps {
            switch step.kind {
            case .same: out.append(" " + text(of: a[step.old]))
            case .delete: out.append("-" + text(of: a[step.old]))
            case .insert: out.append("+" + text(of: b[step.new]))
            }
        }
        return out
    }

    /// `diff`'s spelling of a range: `start,count`, `start` alone for one line, the line before for none.
    private static func range(_ start: Int, _ count: Int) -> String {
        switch count {
        case 0: "\(start),0"
        case 1: "\(start + 1)"
        default: "\(start + 1),\(count)"
        }
    }

    private static func text(of line: ArraySlice<UInt8>) -> String {
        guard line.last == UInt8(ascii: "\n") else {
            return String(decoding: line, as: UTF8.self) + "\n\\ No newline at end of file"
        }
        return String(decoding: line.dropLast(), as: UTF8.self)
    }
}
