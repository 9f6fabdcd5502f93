import AQI
import Disclosure

/// What `airbulletin run` says about the disclosure clocks: the publicity periods and request
/// answers that run out within two working days, and overdue answers.
public enum DisclosureAlerts {
    public static let horizonWorkingDays = 2

    /// One line per alert (empty when nothing is due), then one per item whose clock is unknown.
    public static func lines(environment env: DisclosureEnvironment) throws -> [String] {
        let found = try DeadlineAlert.upcoming(
            notices: env.repository.notices(publishedIn: nil), requests: env.repository.requests(), today: env.today,
            withinWorkingDays: horizonWorkingDays, calendar: env.calendar)
        return found.alerts.map(\.line) + found.unknown.map { "deadline unknown: \($0)" }
    }
}
