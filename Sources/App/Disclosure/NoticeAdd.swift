import AQI
import Disclosure
import Formats

/// `airbulletin notice add FILE`: checks every notice of a TOML or CSV file, then publishes
/// them all with their 索引号 in one transaction, or none (a file with any error stores nothing).
public enum NoticeAdd {
    public struct Result: Sendable {
        /// The published notices as pages and feed entries show them.
        public let documents: [NoticeDocument]
        /// Late publications and the like: published anyway, said.
        public let warnings: [Diagnostic]

        /// What the command prints: one line per notice.
        public var text: String {
            var lines = ["published \(documents.count) notice\(documents.count == 1 ? "" : "s"):"]
            lines += TextTable.render(
                header: ["索引号", "类别", "状态", "期限", "标题"],
                rows: documents.map { [$0.indexNumber, $0.category.label, $0.status.label, $0.nextDate, $0.title] })
            return lines.joined(separator: "\n") + "\n"
        }
    }

    /// The largest notice file read (a CSV batch of 5,000 long notices fits).
    public static let fileLimit = 32 << 20

    public static func run(file path: String, environment: DisclosureEnvironment) throws -> Result {
        try run(text: DisclosureFiles.readText(path, limit: fileLimit), file: path, environment: environment)
    }

    public static func run(text: String, file: String, environment env: DisclosureEnvironment) throws -> Result {
        let drafts = try NoticeFile.parse(text: text, file: file)
        let today = env.today
        let findings = drafts.flatMap { $0.review(publishedOn: today, calendar: env.calendar) }
        if findings.contains(where: { $0.severity == .error }) { throw Diagnostics(findings) }
        let submissions = drafts.map {
            NoticeSubmission(draft: $0, issuer: env.issuer.name, publishedAt: env.clock.now(), publishedOn: today)
        }
        let notices = try env.repository.addNotices(submissions, organisation: env.issuer.organisation)
        let documents = try notices.map { notice throws(DeadlineCalendarGap) in
            try notice.document(on: today, calendar: env.calendar)
        }
        return Result(documents: documents, warnings: findings)
    }
}

extension NoticeDocument {
    /// The date a list shows: the end of the publicity, the withdrawal, or the publication
    /// deadline.
    var nextDate: String {
        if let withdrawal { return "撤回 \(withdrawal.on)" }
        if let end = deadlines.first(where: { $0.kind == .publicityEnds }) { return "公示期满 \(end.date)" }
        if let due = deadlines.first(where: { $0.kind == .publishBy }) {
            return "\(due.label) \(due.date)\(publishedOn > due.date ? "（逾期公开）" : "")"
        }
        return "—"
    }
}
