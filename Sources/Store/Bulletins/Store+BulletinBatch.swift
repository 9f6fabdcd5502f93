import AQI
import Disclosure
import GRDB
import Identity

/// A bulletin revision to append, with the 索引号 it is numbered by: the document is written
/// once the revision and the number are known, inside the transaction that stores both.
public struct BulletinDraft: Sendable {
    public let area: AreaCode
    public let date: LocalDate
    public let standard: Standard
    public let inputsHash: String
    public let reason: String?
    public let operatorName: String
    public let createdAt: Instant
    /// Whose 索引号 sequence numbers the revision, and its year.
    public let organisation: OrganisationCode
    public let indexYear: Int
    /// The document (JSON) of revision `number` numbered `indexNumber`.
    public let document: @Sendable (_ number: Int, _ indexNumber: IndexNumber) -> String

    public init(
        area: AreaCode, date: LocalDate, standard: Standard, inputsHash: String, reason: String?, operatorName: String,
        createdAt: Instant, organisation: OrganisationCode, indexYear: Int,
        document: @escaping @Sendable (_ number: Int, _ indexNumber: IndexNumber) -> String
    ) {
        self.area = area
        self.date = date
        self.standard = standard
        self.inputsHash = inputsHash
        self.reason = reason
        self.operatorName = operatorName
        self.createdAt = createdAt
        self.organisation = organisation
        self.indexYear = indexYear
        self.document = document
    }
}

extension Store {
    /// Appends every draft as the next revision of its area-day, each with a newly issued
    /// 索引号, all in one transaction: a failure (a full disk, a kill) stores no revision and
    /// uses up no number, so numbers never skip. Returns the stored revisions, in draft order.
    public func appendBulletinRevisions(_ drafts: [BulletinDraft]) throws(StoreError) -> [BulletinRevision] {
        try Store.validate(drafts)
        return try StoreError.wrapping {
            try writeImmediately { db in
                try drafts.map { draft in
                    let reason = draft.storedReason
                    let last = try Int.fetchOne(
                        db,
                        BulletinRevision.select(max(BulletinRevision.Columns.revision))
                            .filter(
                                BulletinRevision.Columns.areaCode == draft.area
                                    && BulletinRevision.Columns.date == draft.date.description))
                    let next = (last ?? 0) + 1
                    guard next == 1 || reason != nil else {
                        throw StoreError.revisionNeedsReason(area: draft.area, date: draft.date, revision: next)
                    }
                    let number = try Store.issueIndexNumber(
                        db, organisation: draft.organisation, year: draft.indexYear, for: .item)
                    let revision = BulletinRevision(
                        areaCode: draft.area, date: draft.date, revision: next, standard: draft.standard,
                        inputsHash: draft.inputsHash, document: draft.document(next, number), reason: reason,
                        operatorName: draft.operatorName, createdAt: draft.createdAt, sitePublishedAt: nil)
                    try revision.insert(db)
                    return revision
                }
            }
        }
    }
}

extension BulletinDraft {
    /// The reason as stored: nil for none or only blanks.
    package var storedReason: String? { reason.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 } }
}

extension Store {
    /// The checks every store makes before appending drafts: no blank area code, inputs hash or
    /// operator.
    package static func validate(_ drafts: [BulletinDraft]) throws(StoreError) {
        for draft in drafts {
            for (field, text) in [
                ("the bulletin's area code", draft.area.rawValue), ("the bulletin's inputs hash", draft.inputsHash),
                ("the bulletin's operator", draft.operatorName),
            ] where text.allSatisfy(\.isWhitespace) {
                throw .emptyField(field)
            }
        }
    }
}
