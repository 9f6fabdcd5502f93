import AQI
import GRDB
import Identity

extension Store {
    /// Appends the next revision of an area-day's bulletin, in one transaction, and returns
    /// its number: 1 for the first, then 2, 3, … A revision after the first needs a reason.
    @discardableResult
    public func appendBulletinRevision(
        area: AreaCode, date: LocalDate, standard: Standard, inputsHash: String, document: String, reason: String?,
        operatorName: String, createdAt: Instant
    ) throws(StoreError) -> Int {
        for (field, text) in [
            ("the bulletin's area code", area.rawValue), ("the bulletin's inputs hash", inputsHash),
            ("the bulletin document", document), ("the bulletin's operator", operatorName),
        ] where text.allSatisfy(\.isWhitespace) {
            throw .emptyField(field)
        }
        let reason = reason.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
        return try StoreError.wrapping {
            try writer.write { db in
                let last = try Int.fetchOne(
                    db,
                    BulletinRevision.select(max(BulletinRevision.Columns.revision))
                        .filter(
                            BulletinRevision.Columns.areaCode == area
                                && BulletinRevision.Columns.date == date.description))
                let next = (last ?? 0) + 1
                guard next == 1 || reason != nil else {
                    throw StoreError.revisionNeedsReason(area: area, date: date, revision: next)
                }
                try BulletinRevision(
                    areaCode: area, date: date, revision: next, standard: standard, inputsHash: inputsHash,
                    document: document, reason: reason, operatorName: operatorName, createdAt: createdAt,
                    sitePublishedAt: nil
                ).insert(db)
                return next
            }
        }
    }

    /// The revision in force for an area-day, nil when none was published.
    public func latestBulletin(area: AreaCode, date: LocalDate) throws(StoreError) -> BulletinRevision? {
        try bulletinRevisions(area: area, date: date).last
    }

    /// Every revision of an area-day, first to last.
    public func bulletinRevisions(area: AreaCode, date: LocalDate) throws(StoreError) -> [BulletinRevision] {
        try fetchBulletins { request in
            request.filter(
                BulletinRevision.Columns.areaCode == area && BulletinRevision.Columns.date == date.description)
        }
    }

    /// The revision in force for each day of `from...to` that has one, by date.
    public func latestBulletins(area: AreaCode, from: LocalDate, to: LocalDate) throws(StoreError) -> [BulletinRevision] {
        guard from <= to else { return [] }
        return try fetchBulletins { request in
            request.filter(
                BulletinRevision.Columns.areaCode == area
                    && (from.description...to.description).contains(BulletinRevision.Columns.date)
            )
            // The latest: no later revision of the same area-day exists.
            .filter(
                sql: """
                    NOT EXISTS (SELECT 1 FROM bulletin AS later WHERE later.area_code = bulletin.area_code
                        AND later.date = bulletin.date AND later.revision > bulletin.revision)
                    """)
        }
    }

    /// Every revision of every day of an area, by date and revision (the site's history).
    public func allBulletinRevisions(area: AreaCode) throws(StoreError) -> [BulletinRevision] {
        try fetchBulletins { request in request.filter(BulletinRevision.Columns.areaCode == area) }
    }

    /// Revisions committed but not yet shown on a site (a run that crashed between the commit
    /// and the site swap), by area, date and revision.
    public func unpublishedRevisions() throws(StoreError) -> [BulletinRevision] {
        try fetchBulletins { request in request.filter(BulletinRevision.Columns.sitePublishedAt == nil) }
    }

    /// The days of an area that have a bulletin, ascending.
    public func publishedDates(area: AreaCode) throws(StoreError) -> [LocalDate] {
        let texts = try StoreError.wrapping {
            try writer.read { db in
                try String.fetchAll(
                    db,
                    BulletinRevision.select(BulletinRevision.Columns.date).distinct()
                        .filter(BulletinRevision.Columns.areaCode == area).order(BulletinRevision.Columns.date))
            }
        }
        return try texts.map { text throws(StoreError) in
            try StoreError.readBack(text, table: "bulletin", column: "date") { LocalDate(iso: $0) }
        }
    }

    /// Records that the site showing these revisions went live at `at` (Unix seconds). A
    /// revision already marked keeps its first time.
    public func markSitePublished(_ revisions: [BulletinRevision], at: Instant) throws(StoreError) {
        try StoreError.wrapping {
            try writer.write { db in
                for r in revisions {
                    let key =
                        BulletinRevision.Columns.areaCode == r.areaCode
                        && BulletinRevision.Columns.date == r.date.description
                        && BulletinRevision.Columns.revision == r.revision
                    guard try BulletinRevision.filter(key).fetchCount(db) == 1 else {
                        throw StoreError.noSuchBulletinRevision(area: r.areaCode, date: r.date, revision: r.revision)
                    }
                    try BulletinRevision.filter(key && BulletinRevision.Columns.sitePublishedAt == nil)
                        .updateAll(db, BulletinRevision.Columns.sitePublishedAt.set(to: at))
                }
            }
        }
    }

    private func fetchBulletins(
        _ filter: (QueryInterfaceRequest<BulletinRevision>) -> QueryInterfaceRequest<BulletinRevision>
    ) throws(StoreError) -> [BulletinRevision] {
        try StoreError.wrapping {
            try writer.read { db in
                try filter(BulletinRevision.all())
                    .order(
                        BulletinRevision.Columns.areaCode, BulletinRevision.Columns.date,
                        BulletinRevision.Columns.revision
                    )
                    .fetchAll(db)
            }
        }
    }
}
