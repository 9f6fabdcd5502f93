import Formats

/// The report's prose the bureau writes, from `disclosure/YYYY/sections.md`: parts headed
/// `# 五、存在的主要问题及改进情况` and `# 六、其他需要报告的事项` (required), and optionally
/// `# 一、总体情况` (paragraphs on 政府信息管理、平台建设、监督保障 that follow the counts).
/// Each non-empty line is a paragraph; the text is plain (escaped in both outputs).
public struct AnnualSections: Sendable, Equatable {
    /// The paragraphs of each part.
    public var overview: [String]
    public var problems: [String]
    public var otherMatters: [String]

    public init(overview: [String] = [], problems: [String], otherMatters: [String]) {
        self.overview = overview
        self.problems = problems
        self.otherMatters = otherMatters
    }

    static let headings = ["一、": "一、总体情况", "五、": "五、存在的主要问题及改进情况", "六、": "六、其他需要报告的事项"]

    public static func parse(text: String, file: String) throws(Diagnostics) -> AnnualSections {
        var problems: [Diagnostic] = []
        var parts: [String: [String]] = [:]
        var headingLines: [String: Int] = [:]
        var current: String?
        /// Under an unknown heading: its lines are covered by the heading's error.
        var skipping = false
        let lines = text.replacing("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (n, raw) in lines.enumerated() {
            let line = String(raw).trimmingWhitespace()
            if line.hasPrefix("#") {
                let title = String(line.drop { $0 == "#" }).trimmingWhitespace()
                skipping = false
                guard let key = headings.keys.first(where: { title.hasPrefix($0) }) else {
                    problems.append(
                        Diagnostic(
                            file: file, line: n + 1,
                            "unknown heading \"\(title)\" (expected # 一、总体情况, # 五、存在的主要问题及改进情况 or # 六、其他需要报告的事项)"))
                    current = nil
                    skipping = true
                    continue
                }
                if headingLines[key] != nil {
                    problems.append(Diagnostic(file: file, line: n + 1, "the part \(headings[key]!) appears twice"))
                }
                headingLines[key] = n + 1
                current = key
            } else if line.isEmpty || skipping {
                continue
            } else if current == nil {
                problems.append(Diagnostic(file: file, line: n + 1, "text before the first heading (start with # 五、…)"))
            } else if let problem = TextRules.problem(in: line, shape: .line, limit: TextRules.paragraphLimit) {
                problems.append(Diagnostic(file: file, line: n + 1, "the line \(problem)"))
            } else if let current {
                parts[current, default: []].append(line)
            }
        }
        for key in ["五、", "六、"] where headingLines[key] == nil {
            problems.append(Diagnostic(file: file, line: nil, "missing the part # \(headings[key]!)"))
        }
        for key in ["五、", "六、"] where headingLines[key] != nil && parts[key] == nil {
            problems.append(
                Diagnostic(
                    file: file, line: headingLines[key],
                    "the part \(headings[key]!) is empty (write 无 if there is nothing to report)"))
        }
        guard problems.isEmpty else { throw Diagnostics(problems) }
        return AnnualSections(overview: parts["一、"] ?? [], problems: parts["五、"]!, otherMatters: parts["六、"]!)
    }
}
