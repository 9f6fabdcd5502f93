import AQI
import Disclosure
import Formats

/// `airbulletin register add FILE`: stores the requests and cases of a TOML or CSV file, all or
/// none. An id already in the register gets a new revision (the old one is kept), so a clerk
/// records a request's progress by entering it again with the new dates.
public enum RegisterAdd {
    public struct Result: Sendable {
        public let counts: RegisterSaveCounts
        /// Clocks not kept (a late 补正 notice, an extension after the deadline), or not
        /// computable (a year without a calendar): stored anyway, said.
        public let warnings: [Diagnostic]

        public var text: String {
            "register: \(counts.added) added, \(counts.revised) revised, \(counts.unchanged) unchanged\n"
        }
    }

    public static func run(file path: String, environment: DisclosureEnvironment) throws -> Result {
        try run(text: DisclosureFiles.readText(path, limit: 8 << 20), file: path, environment: environment)
    }

    public static func run(text: String, file: String, environment env: DisclosureEnvironment) throws -> Result {
        let entries = try RegisterFile.parse(text: text, file: file)
        var warnings: [Diagnostic] = []
        for request in entries.requests {
            do {
                let clock = try request.clock(on: env.today, calendar: env.calendar)
                if let sent = request.correctionSentOn, sent > clock.correctionNoticeBy {
                    warnings.append(
                        Diagnostic(
                            file: file, line: nil,
                            "request \(request.id): the 补正 notice of \(sent) is later than \(clock.correctionNoticeBy), "
                                + "7 working days after receipt (条例 Art. 30)", severity: .warning))
                }
                if let extended = request.extendedOn, let due = clock.answerByBeforeExtension, extended > due {
                    warnings.append(
                        Diagnostic(
                            file: file, line: nil,
                            "request \(request.id): the extension of \(extended) comes after the answer was due on \(due) "
                                + "(条例 Art. 33)", severity: .warning))
                }
            } catch {
                warnings.append(
                    Diagnostic(
                        file: file, line: nil, "request \(request.id): its deadline cannot be computed: \(error)",
                        severity: .warning))
            }
        }
        let counts = try env.repository.saveRegister(entries)
        return Result(counts: counts, warnings: warnings)
    }
}
