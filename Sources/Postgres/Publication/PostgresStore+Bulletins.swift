import AQI
import Disclosure
import Identity
import Store

/// The bulletin revisions of a PostgreSQL store (Store: Store+Bulletins.swift and
/// Store+BulletinBatch.swift), with the SQLite store's rules and order.
extension PostgresStore {
    static let bulletinColumns =
        "area_code, date, revision, standard, inputs_hash, document, reason, operator, created_at, site_published_at"

    /// The rows of `bulletin` matching `condition` (over `$1`, `$2`, …), by area, date and revision.
    func bulletins(where condition: String, _ parameters: [String?]) throws -> [BulletinRevision] {
        try connection.execute(
            """
            SELECT \(Self.bulletinColumns) FROM bulletin WHERE \(condition)
            ORDER BY area_code COLLATE "C", date COLLATE "C", revision
            """, parameters
        ).databaseRows.map(BulletinRevision.init(row:))
    }

    public func latestBulletin(area: AreaCode, date: LocalDate) throws -> BulletinRevision? {
        try bulletinRevisions(area: area, date: date).last
    }

    public func bulletinRevisions(area: AreaCode, date: LocalDate) throws -> [BulletinRevision] {
        try bulletins(where: "area_code = $1 AND date = $2", [area.rawValue, date.description])
    }

    public func allBulletinRevisions(area: AreaCode) throws -> [BulletinRevision] {
        try bulletins(where: "area_code = $1", [area.rawValue])
    }

    public func unpublishedRevisions(areas: [AreaCode]) throws -> [BulletinRevision] {
        try bulletins(
            where: "site_published_at IS NULL AND area_code = ANY ($1::text[])", [Self.array(areas.map(\.rawValue))])
    }

    /// As `Store.appendBulletinRevisions`, in one transaction: the areas' publication locks (those
    /// this store does not hold already for the whole command, `holdPublication`), then the
    /// issuers' 索引号 locks, then each revision with its number. A lost connection rolls all of
    /// it back: no revision stored, no number used up.
    public func appendBulletinRevisions(_ drafts: [BulletinDraft]) throws -> [BulletinRevision] {
        try Store.validate(drafts)
        return try connection.transaction {
            for area in Set(drafts.map(\.area)).sorted() where !(publicationLock?.holds(area) ?? false) {
                try connection.lock(.publication(area))
            }
            // The command's lock must still be held (a server may end an idle connection).
            try publicationLock?.confirm()
            for organisation in Set(drafts.map(\.organisation)).sorted() {
                try connection.lock(.indexNumbers(organisation))
            }
            return try drafts.map { draft in
                let last = try connection.execute(
                    "SELECT max(revision) FROM bulletin WHERE area_code = $1 AND date = $2",
                    [draft.area.rawValue, draft.date.description]
                ).int64(0, 0)
                let next = Int(last ?? 0) + 1
                let reason = draft.storedReason
                guard next == 1 || reason != nil else {
                    throw StoreError.revisionNeedsReason(area: draft.area, date: draft.date, revision: next)
                }
                let number = try issueIndexNumber(organisation: draft.organisation, year: draft.indexYear, for: .item)
                let revision = BulletinRevision(
                    areaCode: draft.area, date: draft.date, revision: next, standard: draft.standard,
                    inputsHash: draft.inputsHash, document: draft.document(next, number), reason: reason,
                    operatorName: draft.operatorName, createdAt: draft.createdAt, sitePublishedAt: nil)
                try connection.execute(
                    """
                    INSERT INTO bulletin (area_code, date, revision, standard, inputs_hash, document, reason, operator,
                        created_at)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                    """,
                    [
                        revision.areaCode.rawValue, revision.date.description, String(next), revision.standard.id,
                        revision.inputsHash, revision.document, reason, revision.operatorName,
                        String(revision.createdAt.unixSeconds),
                    ])
                return revision
            }
        }
    }

    public func markSitePublished(_ revisions: [BulletinRevision], at: Instant) throws {
        try connection.transaction {
            for r in revisions {
                let key = [r.areaCode.rawValue, r.date.description, String(r.revision)]
                let found = try connection.execute(
                    "SELECT count(*) FROM bulletin WHERE area_code = $1 AND date = $2 AND revision = $3", key)
                guard found.int64(0, 0) == 1 else {
                    throw StoreError.noSuchBulletinRevision(area: r.areaCode, date: r.date, revision: r.revision)
                }
                try connection.execute(
                    """
                    UPDATE bulletin SET site_published_at = $4
                    WHERE area_code = $1 AND date = $2 AND revision = $3 AND site_published_at IS NULL
                    """, key + [String(at.unixSeconds)])
            }
        }
    }

    /// A text array literal of plain values (area codes, station codes: no quotes, commas or braces).
    static func array(_ values: [String]) -> String { "{" + values.joined(separator: ",") + "}" }
}

extension PostgresStore: PublicationStore {}
