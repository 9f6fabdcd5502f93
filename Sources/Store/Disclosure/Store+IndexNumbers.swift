import Disclosure
import GRDB
import Identity

extension Store {
    /// Issues the next 索引号 of (organisation, year) for an item published elsewhere (a daily
    /// bulletin …), from the sequence the notices use. The number is recorded as issued and is
    /// never issued again.
    public func issueIndexNumber(organisation: OrganisationCode, year: Int) throws -> IndexNumber {
        try writeImmediately { db in try Store.issueIndexNumber(db, organisation: organisation, year: year, for: .item)
        }
    }

    /// What a number was issued for (`index_number.purpose`).
    package enum IndexNumberPurpose: String, Sendable {
        case notice
        case item
    }

    /// Inside a write: the serial after the largest issued for (organisation, year), from 00001,
    /// recorded in `index_number` (whose trigger refuses any other serial).
    static func issueIndexNumber(
        _ db: Database, organisation: OrganisationCode, year: Int, for purpose: IndexNumberPurpose
    ) throws -> IndexNumber {
        let last = try Int.fetchOne(
            db, sql: "SELECT max(serial) FROM index_number WHERE organisation = ? AND year = ?",
            arguments: [organisation.text, year])
        let number = try indexNumber(after: last, organisation: organisation, year: year)
        let serial = number.serial
        try db.execute(
            sql: "INSERT INTO index_number (organisation, year, serial, purpose) VALUES (?, ?, ?, ?)",
            arguments: [organisation.text, year, serial, purpose.rawValue])
        return number
    }

    /// The 索引号 after `last`, the largest serial issued for (organisation, year) (nil: none
    /// yet), in any database holding the table.
    ///
    /// - Throws: `StoreError.yearOutOfRange` for a year without four digits,
    ///   `RepositoryError.indexNumbersExhausted` after serial 99999.
    package static func indexNumber(after last: Int?, organisation: OrganisationCode, year: Int) throws
        -> IndexNumber
    {
        guard (1000...9999).contains(year) else { throw StoreError.yearOutOfRange(year) }
        let serial = (last ?? 0) + 1
        guard IndexNumber.serials.contains(serial) else {
            throw RepositoryError.indexNumbersExhausted(organisation: organisation, year: year)
        }
        return IndexNumber(organisation: organisation, year: year, serial: serial)
    }
}
