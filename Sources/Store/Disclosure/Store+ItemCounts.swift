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
        guard (1000...9999).contains(year) else { throw StoreError.yearOutOfRange(year) }
        // The year's first instant and the next year's, China Standard Time.
        let start = Instant(china: LocalDate(year: year, month: 1, day: 1), hour: 0)
        let end = Instant(china: LocalDate(year: year + 1, month: 1, day: 1), hour: 0)
        return try readDisclosure { db in
            var counts: [DisclosureCategory: Int] = [:]
            let kinds = try Row.fetchAll(
                db, sql: "SELECT kind, count(*) FROM notice WHERE year = ? GROUP BY kind", arguments: [year])
            for row in kinds {
                let kind = try row.requiredValue(NoticeRecord.Columns.kind, table: "notice", NoticeKind.init(rawValue:))
                counts[kind.category] = row[1]
            }
            counts[.airQualityDaily] = try Int.fetchOne(
                db, sql: "SELECT count(*) FROM bulletin WHERE revision = 1 AND created_at >= ? AND created_at < ?",
                arguments: [start, end])
            counts[.airQualityMonthly] = try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM (SELECT DISTINCT area_code, substr(date, 1, 7) FROM bulletin
                        WHERE date >= ? AND date <= ?)
                    """,
                arguments: ["\(year)-01-01", "\(year)-12-31"])
            return counts.filter { $0.value > 0 }
        }
    }
}
