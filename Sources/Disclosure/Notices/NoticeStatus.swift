import AQI

/// Where a notice stands on a given day.
public enum NoticeStatus: String, Sendable, CaseIterable {
    /// The publicity period has not started yet.
    case scheduled = "待公示"
    case inPublicity = "公示中"
    case publicityEnded = "公示期满"
    /// Published, with no publicity period (a 批复, a penalty, a news item …).
    case published = "已公开"
    case withdrawn = "已撤回"

    /// `公示中`
    public var label: String { rawValue }

    /// The option value of `notice list --status`.
    public var name: String {
        switch self {
        case .scheduled: "scheduled"
        case .inPublicity: "in-publicity"
        case .publicityEnded: "publicity-ended"
        case .published: "published"
        case .withdrawn: "withdrawn"
        }
    }
}

extension Notice {
    /// 行政处罚法 (2021) Art. 48: a changed or revoked decision is withdrawn within 三日, with the
    /// reason. Art. 85 reads the law's 三日 as working days; the clock here uses 3 calendar
    /// days, the stricter reading, so a withdrawal that is on time here is on time under both.
    public static let penaltyWithdrawalDays = 3

    /// The notice's statutory dates, with the Art. 48 withdrawal deadline once a penalty is
    /// withdrawn with the date its decision changed.
    public func deadlines(calendar: WorkingCalendar) throws(DeadlineCalendarGap) -> [StatutoryDeadline] {
        var list = try content.deadlines(publishedOn: publishedOn, calendar: calendar)
        if kind == .penalty, let changed = withdrawal?.decisionChangedOn {
            list.append(
                StatutoryDeadline(
                    kind: .withdrawBy, date: changed.adding(days: Notice.penaltyWithdrawalDays), label: "应撤回截止",
                    basis: "决定变更、撤销后三日内撤回并说明理由（行政处罚法第四十八条）", fromKey: "changed_on"))
        }
        return list
    }

    /// The status on `today`: withdrawn, else by the publicity period where the kind has one.
    public func status(on today: LocalDate, calendar: WorkingCalendar) throws(DeadlineCalendarGap) -> NoticeStatus {
        if withdrawal != nil { return .withdrawn }
        guard let start = content.publicityStart(publishedOn: publishedOn),
            let end = try deadlines(calendar: calendar).first(where: { $0.kind == .publicityEnds })?.date
        else { return .published }
        if today < start { return .scheduled }
        return today <= end ? .inPublicity : .publicityEnded
    }
}
