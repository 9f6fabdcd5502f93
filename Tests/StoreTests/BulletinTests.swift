import AQI
import Identity
import Store
import Testing

@Suite struct BulletinTests {
    static let area: AreaCode = "532601"
    static let jan15 = LocalDate(year: 2025, month: 1, day: 15)
    static let jan16 = LocalDate(year: 2025, month: 1, day: 16)

    @discardableResult
    static func append(
        _ store: Store, _ date: LocalDate, reason: String? = nil, at createdAt: Instant, area: AreaCode = area
    ) throws -> Int {
        try store.appendBulletinRevision(
            area: area, date: date, standard: .hj633_2012, inputsHash: "sha256:\(createdAt.unixSeconds)",
            document: #"{"aqi": \#(createdAt.unixSeconds)}"#, reason: reason, operatorName: "cron", createdAt: createdAt)
    }

    @Test func revisionsAreNumberedFromOneAndKeptInOrder() throws {
        try withTemporaryStore { store, _ in
            #expect(try Self.append(store, Self.jan15, at: 100) == 1)
            #expect(try Self.append(store, Self.jan15, reason: "PM2.5 corrected upstream", at: 200) == 2)
            #expect(try Self.append(store, Self.jan16, at: 150) == 1)
            #expect(try Self.append(store, Self.jan15, reason: "站点 2611A 维护", at: 300) == 3)
            #expect(try Self.append(store, Self.jan15, at: 400, area: "532600") == 1)

            let revisions = try store.bulletinRevisions(area: Self.area, date: Self.jan15)
            #expect(revisions.map(\.revision) == [1, 2, 3])
            #expect(revisions.map(\.reason) == [nil, "PM2.5 corrected upstream", "站点 2611A 维护"])
            #expect(revisions.map(\.createdAt) == [100, 200, 300])
            #expect(
                revisions.first
                    == BulletinRevision(
                        areaCode: Self.area, date: Self.jan15, revision: 1, standard: .hj633_2012,
                        inputsHash: "sha256:100", document: #"{"aqi": 100}"#, reason: nil, operatorName: "cron",
                        createdAt: 100, sitePublishedAt: nil))
            #expect(try store.latestBulletin(area: Self.area, date: Self.jan15)?.revision == 3)
            #expect(try store.latestBulletin(area: Self.area, date: Self.jan15.adding(days: 9)) == nil)
            #expect(
                try store.latestBulletins(area: Self.area, from: Self.jan15, to: Self.jan16).map {
                    "\($0.date) r\($0.revision)"
                }
                    == ["2025-01-15 r3", "2025-01-16 r1"])
            #expect(try store.latestBulletins(area: Self.area, from: Self.jan16, to: Self.jan16).map(\.revision) == [1])
            #expect(try store.latestBulletins(area: Self.area, from: Self.jan16, to: Self.jan15).isEmpty)
            #expect(
                try store.allBulletinRevisions(area: Self.area).map { "\($0.date) r\($0.revision)" }
                    == ["2025-01-15 r1", "2025-01-15 r2", "2025-01-15 r3", "2025-01-16 r1"])
            #expect(try store.publishedDates(area: Self.area) == [Self.jan15, Self.jan16])
            #expect(try store.publishedDates(area: "532600") == [Self.jan15])
        }
    }

    @Test func aLaterRevisionNeedsAReason() throws {
        let store = try Store.inMemory()
        try Self.append(store, Self.jan15, at: 100)
        for reason in [nil, "", "  "] {
            let error = #expect(throws: StoreError.self) { try Self.append(store, Self.jan15, reason: reason, at: 200) }
            #expect(
                error?.description
                    == "bulletin 532601 2025-01-15 already has a revision; revision 2 needs a reason (--reason)")
        }
        #expect(try store.bulletinRevisions(area: Self.area, date: Self.jan15).count == 1)
    }

    @Test func emptyFieldsAreRefused() throws {
        let store = try Store.inMemory()
        let error = #expect(throws: StoreError.self) {
            try store.appendBulletinRevision(
                area: Self.area, date: Self.jan15, standard: .hj633_2026, inputsHash: "h", document: "{}",
                reason: nil, operatorName: " ", createdAt: 1)
        }
        #expect(error?.description == "the bulletin's operator must not be empty")
    }

    /// A run that crashed after committing a revision finds it again, until the site swap
    /// that shows it is recorded.
    @Test func revisionsNotYetOnTheSiteAreFoundUntilMarked() throws {
        try withTemporaryStore { store, _ in
            try Self.append(store, Self.jan15, at: 100)
            try Self.append(store, Self.jan16, at: 110)
            try Self.append(store, Self.jan15, reason: "fix", at: 120)
            let pending = try store.unpublishedRevisions()
            #expect(
                pending.map { "\($0.date) r\($0.revision)" } == ["2025-01-15 r1", "2025-01-15 r2", "2025-01-16 r1"])

            try store.markSitePublished(Array(pending.prefix(2)), at: 500)
            #expect(try store.unpublishedRevisions().map { "\($0.date) r\($0.revision)" } == ["2025-01-16 r1"])
            // Marking again keeps the first time.
            try store.markSitePublished(try store.allBulletinRevisions(area: Self.area), at: 900)
            #expect(try store.unpublishedRevisions().isEmpty)
            #expect(try store.allBulletinRevisions(area: Self.area).map(\.sitePublishedAt) == [500, 500, 900])
        }
    }

    @Test func markingARevisionThatDoesNotExistFailsAndMarksNothing() throws {
        let store = try Store.inMemory()
        try Self.append(store, Self.jan15, at: 100)
        var ghost = try #require(try store.latestBulletin(area: Self.area, date: Self.jan15))
        ghost.revision = 7
        let real = try store.allBulletinRevisions(area: Self.area)
        let error = #expect(throws: StoreError.self) { try store.markSitePublished(real + [ghost], at: 5) }
        #expect(error?.description == "there is no bulletin 532601 2025-01-15 revision 7")
        #expect(try store.unpublishedRevisions().count == 1)
    }

    /// The database itself refuses to delete a published revision or rewrite what it said.
    @Test func theDatabaseRefusesToLoseABulletin() throws {
        try withTemporaryStore { store, path in
            try Self.append(store, Self.jan15, at: 100)
            for (sql, message) in [
                ("DELETE FROM bulletin", "bulletin revisions are never deleted"),
                ("UPDATE bulletin SET document = '{}'", "a published bulletin revision is never rewritten"),
            ] {
                let error = #expect(throws: (any Error).self) { try executeRawSQL(sql, atPath: path) }
                #expect("\(error!)".contains(message))
            }
            #expect(try store.latestBulletin(area: Self.area, date: Self.jan15)?.document == #"{"aqi": 100}"#)
        }
    }
}
