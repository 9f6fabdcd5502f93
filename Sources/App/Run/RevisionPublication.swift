import AQI
import Disclosure
import Identity
import Publish
import Store

/// Appends the next bulletin revisions to the store: the documents the site will show, each
/// with its 索引号, who published it, when and why. All the revisions of one command are one
/// transaction with their numbers (a kill or a full disk stores none and uses up no number).
struct RevisionPublication {
    let store: any PublicationStore
    let clock: any Clock

    /// One area-day to publish.
    struct Item {
        let computed: DayComputation.Result
        let area: AreaContext
        let reason: String?
    }

    /// Stores revision `latest + 1` of each item, in one transaction, and returns them in order.
    func append(_ items: [Item], operatorName: String) throws -> [BulletinRevision] {
        let now = clock.now()
        let year = clock.today().year
        let drafts = try items.map { item in
            let report = item.computed.report
            let area = item.area
            let organisation = area.issuer.organisation
            guard organisation.isValid else {
                throw UsageError(
                    "the organisation code \"\(area.issuer.orgCode)\" of \(area.name) is not a valid 统一社会信用代码 or 组织机构代码 (stations check names the file and line)"
                )
            }
            let bulletinArea = area.bulletinArea
            let issuer = area.issuer
            let reason = item.reason
            return BulletinDraft(
                area: area.code, date: report.date, standard: report.standard, inputsHash: item.computed.fingerprint,
                reason: reason, operatorName: operatorName, createdAt: now, organisation: organisation,
                indexYear: year
            ) { number, indexNumber in
                BulletinDocument(
                    report: report, area: bulletinArea, issuer: issuer,
                    revision: RevisionInfo(
                        number: number, reason: reason, publishedBy: operatorName, publishedAt: now,
                        indexNumber: indexNumber.description)
                ).json()
            }
        }
        return try store.appendBulletinRevisions(drafts)
    }
}
