import AQI
import Formats

extension NoticeDraft {
    /// Checks the draft's clocks for publication on `publishedOn`: a missing calendar year or a
    /// publicity period shorter than the rule is an error; a publication after its deadline is a
    /// warning (a late notice must still be published). Each names the file, line and field.
    public func review(publishedOn: LocalDate, calendar: WorkingCalendar) -> [Diagnostic] {
        let deadlines: [StatutoryDeadline]
        do {
            deadlines = try content.deadlines(publishedOn: publishedOn, calendar: calendar)
        } catch {
            let field = error.fromKey == "published_on" ? "the publication date" : "\"\(error.fromKey)\""
            return [
                Diagnostic(file: file, line: keyLines[error.fromKey] ?? line, "\(field) \(error.date): \(error.gap)")
            ]
        }
        var found: [Diagnostic] = []
        for deadline in deadlines {
            switch deadline.kind {
            case .publishBy where publishedOn > deadline.date:
                found.append(
                    Diagnostic(
                        file: file, line: line,
                        "published on \(publishedOn), after the deadline \(deadline.date): \(deadline.basis)",
                        severity: .warning))
            case .publicityStartBy:
                if case .completionAcceptance(let c) = content, c.publicityStart > deadline.date {
                    found.append(
                        Diagnostic(
                            file: file, line: keyLines["publicity_start"] ?? line,
                            "the publicity starts on \(c.publicityStart), after \(deadline.date): \(deadline.basis)",
                            severity: .warning))
                }
            case .publicityEnds:
                if case .completionAcceptance(let c) = content, let end = c.publicityEnd, end < deadline.date {
                    found.append(
                        Diagnostic(
                            file: file, line: keyLines["publicity_end"] ?? line,
                            "\"publicity_end\" \(end) is too early: the publicity lasts at least 20 working days "
                                + "after \(c.publicityStart), until \(deadline.date) (国环规环评〔2017〕4号)"))
                }
            default:
                break
            }
        }
        return found
    }
}
