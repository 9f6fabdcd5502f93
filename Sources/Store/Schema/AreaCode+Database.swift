import GRDB
import Identity

/// An area code is stored as its six digits, a TEXT column (`area_code`); a stored value that is
/// not six digits does not decode (the database was written by something else).
extension AreaCode: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> AreaCode? {
        String.fromDatabaseValue(dbValue).flatMap { AreaCode($0) }
    }
}
