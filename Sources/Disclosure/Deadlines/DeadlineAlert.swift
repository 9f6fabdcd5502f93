import AQI

/// A clock that runs out soon (or ran out), for the morning run's report.
public struct DeadlineAlert: Sendable, Equatable {
    /// The notice's 索引号 or the request's id.
    public let item: String
    public let title: String
    public let deadline: StatutoryDeadline
    public let isOverdue: Bool

    /// `2025-02-10 公示期满 11532601…/2025-00003 某项目环境影响报告书拟批准公示`
    public var line: String {
        "\(deadline.date) \(deadline.label)\(isOverdue ? "（已逾期）" : "") \(item) \(title)"
    }
}

extension DeadlineAlert {
    /// Publicity periods in progress and unanswered requests whose deadline falls within
    /// `workingDays` working days after `today` (overdue requests too), soonest first. An item
    /// whose clock needs a missing calendar year is listed in `unknown` with the reason instead
    /// of stopping the run.
    public static func upcoming(
        notices: [Notice], requests: [DisclosureRequest], today: LocalDate, withinWorkingDays workingDays: Int,
        calendar: WorkingCalendar
    ) throws(MissingCalendar) -> (alerts: [DeadlineAlert], unknown: [String]) {
        let horizon = try calendar.addingWorkingDays(workingDays, after: today)
        var alerts: [DeadlineAlert] = []
        var unknown: [String] = []
        for notice in notices {
            do {
                guard try notice.status(on: today, calendar: calendar) == .inPublicity,
                    let end = try notice.deadlines(calendar: calendar).first(where: { $0.kind == .publicityEnds }),
                    end.date <= horizon
                else { continue }
                alerts.append(
                    DeadlineAlert(item: notice.id.description, title: notice.title, deadline: end, isOverdue: false))
            } catch {
                unknown.append("\(notice.id): \(error.gap)")
            }
        }
        for request in requests where request.answeredOn == nil {
            do {
                guard let due = try request.clock(on: today, calendar: calendar).answerBy, due <= horizon else {
                    continue
                }
                let deadline = StatutoryDeadline(
                    kind: .answerBy, date: due, label: "答复截止", basis: "政府信息公开条例第三十三条", fromKey: "received_on")
                alerts.append(
                    DeadlineAlert(
                        item: request.id.description, title: request.subject, deadline: deadline, isOverdue: due < today
                    ))
            } catch {
                unknown.append("\(request.id): \(error.gap)")
            }
        }
        alerts.sort { ($0.deadline.date, $0.item) < ($1.deadline.date, $1.item) }
        return (alerts, unknown)
    }
}
