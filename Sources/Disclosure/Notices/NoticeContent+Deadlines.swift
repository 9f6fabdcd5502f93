import AQI

extension NoticeContent {
    /// The statutory dates of the notice when published on `publishedOn`, in time order of the
    /// rules. Working days count from the day after the event (民法典 Art. 201).
    public func deadlines(publishedOn: LocalDate, calendar: WorkingCalendar) throws(DeadlineCalendarGap)
        -> [StatutoryDeadline]
    {
        func after(_ n: Int, _ key: String, _ date: LocalDate) throws(DeadlineCalendarGap) -> LocalDate {
            do {
                return try calendar.addingWorkingDays(n, after: date)
            } catch {
                throw DeadlineCalendarGap(fromKey: key, date: date, gap: error)
            }
        }
        switch self {
        case .eiaApproval(let e):
            switch e.stage {
            case .accepted, .proposed:
                let start = e.publicityStart ?? publishedOn
                let key = e.publicityStart == nil ? "published_on" : "publicity_start"
                // 环境影响评价公众参与办法 (生态环境部令第4号): the accepted 报告书 is public for at
                // least 10 working days (the same period is applied to 报告表); 环办〔2013〕103号:
                // the proposed approval for 5.
                let (days, basis) =
                    e.stage == .accepted
                    ? (10, "受理公示不少于10个工作日（环境影响评价公众参与办法）") : (5, "拟批准公示5个工作日（环办〔2013〕103号）")
                return [
                    StatutoryDeadline(
                        kind: .publicityEnds, date: try after(days, key, start), label: "公示期满", basis: basis,
                        fromKey: key)
                ]
            case .approved:
                guard let decided = e.decisionOn else { return [] }
                return [
                    StatutoryDeadline(
                        kind: .publishBy, date: try after(7, "decision_on", decided), label: "应公告截止",
                        basis: "批复作出后7个工作日内公告（环办〔2013〕103号）", fromKey: "decision_on")
                ]
            }
        case .completionAcceptance(let c):
            // 国环规环评〔2017〕4号: the builder publishes the acceptance report within 5 working
            // days of its completion, for at least 20 working days.
            let minimumEnd = try after(20, "publicity_start", c.publicityStart)
            return [
                StatutoryDeadline(
                    kind: .publicityStartBy, date: try after(5, "acceptance_report_on", c.acceptanceReportOn),
                    label: "应开始公示截止", basis: "验收报告编制完成后5个工作日内公开（国环规环评〔2017〕4号）",
                    fromKey: "acceptance_report_on"),
                StatutoryDeadline(
                    kind: .publicityEnds, date: max(c.publicityEnd ?? minimumEnd, minimumEnd), label: "公示期满",
                    basis: "公示期不少于20个工作日（国环规环评〔2017〕4号）", fromKey: "publicity_start"),
            ]
        case .penalty(let p):
            return [
                StatutoryDeadline(
                    kind: .publishBy, date: try after(7, "decision_on", p.decisionOn), label: "应公开截止",
                    basis: "决定作出后7个工作日内公开（通行做法，非法定期限）", fromKey: "decision_on")
            ]
        case .enforcement(let e):
            return [
                StatutoryDeadline(
                    kind: .publishBy, date: try after(20, "decision_on", e.decisionOn), label: "应公开截止",
                    basis: "信息形成之日起20个工作日内公开（政府信息公开条例第二十六条）", fromKey: "decision_on")
            ]
        case .keyEnterprise, .news, .other:
            return []
        }
    }

    /// The first day of the publicity period, for kinds that have one.
    func publicityStart(publishedOn: LocalDate) -> LocalDate? {
        switch self {
        case .eiaApproval(let e) where e.stage != .approved: e.publicityStart ?? publishedOn
        case .completionAcceptance(let c): c.publicityStart
        default: nil
        }
    }
}
