import AQI
import Disclosure

/// What `airbulletin run` says about the disclosure clocks: the publicity periods and request
/// answers that run out within two working days, and overdue answers.
public enum DisclosureAlerts {
    public static let horizonWorkingDays = 2

    /// One line per alert (empty when nothing is due), then one per item whose clock is unknown.
    public static func lines(environment env: DisclosureEnvironment) throws -> [String] {
        try lines(repository: env.repository, calendar: env.calendar, today: env.today)
    }

    /// The same from the parts the alerts need (the morning run has no issuer to choose).
    public static func lines(repository: any DisclosureRepository, calendar: WorkingCalendar, today: LocalDate) throws
        -> [String]
    {
        try lines(
            notices: repository.notices(publishedIn: nil), requests: repository.requests(), calendar: calendar,
            today: today)
    }

    /// The same from the notices and requests themselves (the morning run reads them from its store).
    public static func lines(
        notices: [Notice], requests: [DisclosureRequest], calendar: WorkingCalendar, today: LocalDate
    ) throws -> [String] {
        let found = try DeadlineAlert.upcoming(
            notices: notices, requests: requests, today: today,
            withinWorkingDays: horizonWorkingDays, calendar: calendar)
        return found.alerts.map(\.line) + found.unknown.map { "deadline unknown: \($0)" }
    }
}
