import AQI
import Disclosure
import Publish
import Store

/// Appends a day's next bulletin revision to the store: the document the site will show,
/// with its 索引号, who published it, when and why.
struct RevisionPublication {
    let store: Store
    let disclosure: any DisclosureRepository
    let clock: any Clock

    /// Stores revision `latest + 1` of the computed day and returns it.
    func append(
        _ computed: DayComputation.Result, area: AreaContext, reason: String?, operatorName: String
    ) throws -> BulletinRevision {
        let report = computed.report
        let previous = try store.latestBulletin(area: area.code, date: report.date)
        let number = (previous?.revision ?? 0) + 1
        let now = clock.now()
        guard let organisation = Disclosure.OrganisationCode(area.issuer.orgCode) else {
            throw UsageError(
                "the organisation code \"\(area.issuer.orgCode)\" of \(area.name) is not a valid 统一社会信用代码 or 组织机构代码 (stations check names the file and line)"
            )
        }
        let year = LocalDate(dayNumber: (now + 8 * 3600).floorDivided(by: 86_400)).year
        let indexNumber = try disclosure.issueIndexNumber(organisation: organisation, year: year)
        let document = BulletinDocument(
            report: report, area: area.bulletinArea, issuer: area.issuer,
            revision: RevisionInfo(
                number: number, reason: reason, publishedBy: operatorName, publishedAt: now,
                indexNumber: indexNumber.description))
        let stored = try store.appendBulletinRevision(
            area: area.code, date: report.date, standard: report.standard, inputsHash: computed.fingerprint,
            document: document.json(), reason: reason, operatorName: operatorName, createdAt: now)
        guard stored == number else {
            throw UsageError(
                "\(report.date) \(area.name): revision \(number) was expected but the store gave \(stored); another writer?"
            )
        }
        return try store.latestBulletin(area: area.code, date: report.date)!
    }
}
