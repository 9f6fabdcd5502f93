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
    enum IndexNumberPurpose: String {
        case notice
        case item
    }

    /// Inside a write: the serial after the largest issued for (organisation, year), from 00001,
    /// recorded in `index_number` (whose trigger refuses any other serial).
    static func issueIndexNumber(
        _ db: Database, organisation: OrganisationCode, year: Int, for purpose: IndexNumberPurpose
    ) throws -> IndexNumber {
        guard (1000...9999).contains(year) else { throw StoreError.yearOutOfRange(year) }
        let last = try Int.fetchOne(
            db, sql: "SELECT max(serial) FROM index_number WHERE organisation = ? AND year = ?",
            arguments: [organisation.text, year])
        let serial = (last ?? 0) + 1
        guard IndexNumber.serials.contains(serial) else {
            throw RepositoryError.indexNumbersExhausted(organisation: organisation, year: year)
        }
        try db.execute(
            sql: "INSERT INTO index_number (organisation, year, serial, purpose) VALUES (?, ?, ?, ?)",
            arguments: [organisation.text, year, serial, purpose.rawValue])
        return IndexNumber(organisation: organisation, year: year, serial: serial)
    }
}
