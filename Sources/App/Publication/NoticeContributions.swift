import AQI
import Disclosure
import Publish
import Store

/// The notices an area's site carries: every notice of the area's issuing body (withdrawn ones
/// too, with their note), as pages and feed entries. Every site publication includes them, so
/// that a morning run never drops a notice page.
struct NoticeContributions {
    let store: any PublicationStore
    let calendar: WorkingCalendar
    let today: LocalDate
    let idAuthority: String

    func callAsFunction(_ area: AreaContext) throws -> (entries: [FeedEntry], pages: [RenderedFile]) {
        let notices = try store.notices(publishedIn: nil).filter {
            $0.id.organisation == area.issuer.organisation
        }
        let documents = try notices.map { notice in
            do {
                return try notice.document(on: today, calendar: calendar)
            } catch {
                throw UsageError("notice \(notice.id): \(error) (add the year's holiday calendar: docs/calendar.md)")
            }
        }
        return NoticeSite.render(
            documents, identity: SiteIdentity(area: area.bulletinArea, issuer: area.issuer),
            idAuthority: idAuthority)
    }
}

extension SitePublication {
    /// The site publication every command uses: bulletins and notices.
    public static func standard(
        store: any PublicationStore, configuration: Configuration, calendar: WorkingCalendar, clock: any Clock
    ) -> SitePublication {
        let notices = NoticeContributions(
            store: store, calendar: calendar, today: clock.today(), idAuthority: configuration.effectiveIDAuthority)
        return SitePublication(
            store: store, configuration: configuration, clock: clock, contributions: notices.callAsFunction)
    }
}
