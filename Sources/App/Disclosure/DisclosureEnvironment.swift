import AQI
import Disclosure
import Identity

/// What the disclosure use cases work with: the repository (the SQLite or PostgreSQL store in production),
/// the publishing body, the working-day calendar and the clock.
public struct DisclosureEnvironment: Sendable {
    public let repository: any DisclosureRepository
    public let issuer: Issuer
    public let calendar: WorkingCalendar
    public let clock: any Clock

    public init(repository: any DisclosureRepository, issuer: Issuer, calendar: WorkingCalendar, clock: any Clock) {
        self.repository = repository
        self.issuer = issuer
        self.calendar = calendar
        self.clock = clock
    }

    var today: LocalDate { clock.today() }
}
