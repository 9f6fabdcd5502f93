import AQI
import Disclosure

/// `airbulletin notice withdraw ID --reason TEXT [--changed-on D]`: marks a notice withdrawn.
/// The notice stays in the store and on its page, with the reason; the feed gets a tombstone.
public enum NoticeWithdraw {
    public struct Result: Sendable {
        public let document: NoticeDocument
        /// E.g. the 3 days of 行政处罚法 Art. 48 have passed.
        public let warnings: [String]

        public var text: String { "withdrew \(document.indexNumber) \(document.title)\n" }
    }

    /// The longest reason accepted.
    public static let reasonLimit = 2_000

    /// `id` is the 索引号 exactly as issued; anything else, `../../x` included, is "no such
    /// notice" (an ID is looked up, never used as a path).
    public static func run(
        id text: String, reason rawReason: String, decisionChangedOn: LocalDate?, environment env: DisclosureEnvironment
    ) throws -> Result {
        let reason = TextRules.normalized(rawReason, shape: .paragraphs)
        if reason.isEmpty {
            throw UsageError("--reason: say why the notice is withdrawn (it is published with the withdrawal)")
        }
        if let problem = TextRules.problem(in: reason, shape: .paragraphs, limit: reasonLimit) {
            throw UsageError("--reason \(problem)")
        }
        guard let id = IndexNumber(text), let notice = try env.repository.notice(id) else {
            throw UsageError(
                "no such notice \"\(printable(text))\" (a notice is named by its 索引号, such as "
                    + "\(env.issuer.organisation)/\(env.today.year)-00001; airbulletin notice list shows them)")
        }
        if let earlier = notice.withdrawal {
            throw UsageError("notice \(id) was already withdrawn on \(earlier.on): \(earlier.reason)")
        }
        let today = env.today
        var warnings: [String] = []
        if notice.kind == .penalty {
            guard let changed = decisionChangedOn else {
                throw UsageError(
                    "--changed-on: give the day the penalty decision was changed or revoked "
                        + "(行政处罚法 Art. 48 counts its 3 days from it)")
            }
            guard changed <= today else { throw UsageError("--changed-on \(changed) is after today (\(today))") }
            let due = changed.adding(days: Notice.penaltyWithdrawalDays)
            if today > due {
                warnings.append(
                    "the decision was changed on \(changed); 行政处罚法 Art. 48 asks for the withdrawal within "
                        + "\(Notice.penaltyWithdrawalDays) days (by \(due)); this withdrawal is "
                        + "\(today.dayNumber - due.dayNumber) days late")
            }
        } else if decisionChangedOn != nil {
            throw UsageError("--changed-on is for penalty notices; \(id) is \(notice.kind.rawValue)")
        }
        let withdrawal = Withdrawal(
            reason: reason, at: env.clock.now(), on: today, decisionChangedOn: decisionChangedOn)
        let withdrawn = try env.repository.appendNoticeEvent(.withdrawn(withdrawal), to: id)
        return Result(document: try withdrawn.document(on: today, calendar: env.calendar), warnings: warnings)
    }

    /// The argument as it may be echoed: control characters shown as `?`, at most 80 characters.
    static func printable(_ text: String) -> String {
        let cleaned = String(
            String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
        return cleaned.count > 80 ? String(cleaned.prefix(80)) + "…" : cleaned
    }
}
