import AQI
import Disclosure
import GRDB

extension Store {
    /// What was published in `year`, by category, for 一、总体情况 of the annual report:
    /// - every notice published in the year (its China Standard Time publication date), by its
    ///   kind's category, withdrawn ones included (they were published);
    /// - `air-quality-daily`: the (area, date) bulletin days whose revision 1 was created in the
    ///   year (China Standard Time), one item per day whatever its later revisions: the bulletin
    ///   of 31 December published on 1 January counts in the new year;
    /// - `air-quality-monthly`: the (area, month) pairs of the year's months with at least one
    ///   bulletin dated in them, since the site publishes a monthly summary page for each.
    ///
    /// Categories with nothing published are absent.
    public func itemCounts(year: Int) throws -> [DisclosureCategory: Int] {
        let queries = try Store.itemCountQueries(year: year)
        return try readDisclosure { db in
            try Store.itemCounts(
                kinds: try Row.fetchAll(
                    db, sql: queries.kinds.sql, arguments: StatementArguments(queries.kinds.values)),
                daily: try Int.fetchOne(
                    db, sql: queries.daily.sql, arguments: StatementArguments(queries.daily.values)),
                monthly: try Int.fetchOne(
                    db, sql: queries.monthly.sql, arguments: StatementArguments(queries.monthly.values)))
        }
    }

    /// One query of the counts: its SQL (with `?` for the values) and the values, in order.
    package typealias CountQuery = (sql: String, values: [DatabaseValue])

    /// The three queries of `itemCounts(year:)`, in the SQL both databases speak: the notices
    /// by kind (columns `kind`, `count`), the bulletin days, the bulletin months.
    package static func itemCountQueries(year: Int) throws -> (
        kinds: CountQuery, daily: CountQuery, monthly: CountQuery
    ) {
        guard (1000...9999).contains(year) else { throw StoreError.yearOutOfRange(year) }
        // The year's first instant and the next year's, China Standard Time.
        let start = Instant(china: LocalDate(year: year, month: 1, day: 1), hour: 0)
        let end = Instant(china: LocalDate(year: year + 1, month: 1, day: 1), hour: 0)
        return (
            ("SELECT kind, count(*) AS count FROM notice WHERE year = ? GROUP BY kind", [year.databaseValue]),
            (
                "SELECT count(*) FROM bulletin WHERE revision = 1 AND created_at >= ? AND created_at < ?",
                [start.unixSeconds.databaseValue, end.unixSeconds.databaseValue]
            ),
            (
                """
                SELECT count(*) FROM (SELECT DISTINCT area_code, substr(date, 1, 7) FROM bulletin
                    WHERE date >= ? AND date <= ?) AS months
                """,
                ["\(year)-01-01".databaseValue, "\(year)-12-31".databaseValue]
            )
        )
    }

    /// The counts from the answers to `itemCountQueries`.
    package static func itemCounts(kinds: [Row], daily: Int?, monthly: Int?) throws -> [DisclosureCategory: Int] {
        var counts: [DisclosureCategory: Int] = [:]
        for row in kinds {
            let kind = try row.requiredValue(NoticeRecord.Columns.kind, table: "notice", NoticeKind.init(rawValue:))
            counts[kind.category] = row["count"]
        }
        counts[.airQualityDaily] = daily
        counts[.airQualityMonthly] = monthly
        return counts.filter { $0.value > 0 }
    }
}
