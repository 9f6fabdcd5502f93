import AQI
import GRDB

/// An instant is stored as its Unix seconds, an INTEGER column (`fetched_at`, `created_at`,
/// `published_at`, `started_at`, …), exactly as before the type existed.
extension Instant: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { unixSeconds.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Instant? {
        Int.fromDatabaseValue(dbValue).map(Instant.init(unixSeconds:))
    }
}
