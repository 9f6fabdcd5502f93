import AQI

extension DisclosureRequest {
    /// 条例 Art. 33: answer within 20 working days; one extension of at most 20.
    public static let answerDays = 20
    public static let maximumExtensionDays = 20
    /// 条例 Art. 30: the 补正 notice within 7 working days of receipt.
    public static let correctionNoticeDays = 7

    public func clock(on today: LocalDate, calendar: WorkingCalendar) throws(DeadlineCalendarGap) -> RequestClock {
        func after(_ n: Int, _ key: String, _ date: LocalDate) throws(DeadlineCalendarGap) -> LocalDate {
            do { return try calendar.addingWorkingDays(n, after: date) } catch {
                throw DeadlineCalendarGap(fromKey: key, date: date, gap: error)
            }
        }
        let correctionBy = try after(Self.correctionNoticeDays, "received_on", receivedOn)
        let waitsForApplicant = correctionSentOn != nil && correctionReceivedOn == nil
        let waitsForThirdParty = consultationSentOn != nil && consultationRepliedOn == nil
        var answerBy: LocalDate?
        var beforeExtension: LocalDate?
        if !waitsForApplicant && !waitsForThirdParty {
            // Art. 30: "答复期限自行政机关收到补正的申请之日起计算" — the period starts again.
            let (startKey, start) =
                correctionReceivedOn.map { ("correction_received_on", $0) } ?? ("received_on", receivedOn)
            var days = Self.answerDays
            if let sent = consultationSentOn, let replied = consultationRepliedOn {
                // Art. 33 ¶2: the time spent consulting a third party is not counted.
                do { days += try calendar.workingDays(after: max(sent, start), through: replied) } catch {
                    throw DeadlineCalendarGap(fromKey: "consultation_replied_on", date: replied, gap: error)
                }
            }
            let base = try after(days, startKey, start)
            beforeExtension = base
            answerBy =
                try extensionDays.map { n throws(DeadlineCalendarGap) in try after(n, "extended_on", base) } ?? base
        }
        let late = answeredOn.flatMap { answered in answerBy.map { answered > $0 } } ?? false
        let status: RequestStatus
        if answeredOn != nil {
            status = .answered
        } else if waitsForApplicant {
            status = .awaitingCorrection
        } else if waitsForThirdParty {
            status = .consulting
        } else if let answerBy, today > answerBy {
            status = .overdue
        } else {
            status = extendedOn != nil ? .extended : .inProgress
        }
        return RequestClock(
            status: status, correctionNoticeBy: correctionBy, answerBy: answerBy,
            answerByBeforeExtension: beforeExtension, answeredLate: late)
    }
}
