import Disclosure
import Store

extension PostgresStore {
    /// As `Store.itemCounts(year:)`, with the same queries, in one snapshot.
    public func itemCounts(year: Int) throws -> [DisclosureCategory: Int] {
        let queries = try Store.itemCountQueries(year: year)
        return try connection.transaction {
            try connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            func count(_ query: Store.CountQuery) throws -> Int? {
                try connection.execute(sqlite: query.sql, query.values).int64(0, 0).map { Int($0) }
            }
            return try Store.itemCounts(
                kinds: try connection.execute(sqlite: queries.kinds.sql, queries.kinds.values).databaseRows,
                daily: try count(queries.daily), monthly: try count(queries.monthly))
        }
    }
}
