import Disclosure
import Identity
import Store

/// The 索引号 of a PostgreSQL store (Store: Store+IndexNumbers.swift). Many publishers on many
/// machines issue them from one table, so a transaction takes the organisation's advisory lock
/// (`AdvisoryLock.indexNumbers`) before it reads the largest serial: a second one waits for the
/// first to commit or roll back, then reads past it (READ COMMITTED reads each statement's latest
/// commits). The serials stay unique and gap-free per organisation and year.
extension PostgresStore {
    public func issueIndexNumber(organisation: OrganisationCode, year: Int) throws -> IndexNumber {
        try connection.transaction {
            try connection.lock(.indexNumbers(organisation))
            return try issueIndexNumber(organisation: organisation, year: year, for: .item)
        }
    }

    /// Inside a transaction holding the organisation's 索引号 lock: the serial after the largest
    /// issued, recorded in `index_number` (whose trigger refuses any other serial).
    func issueIndexNumber(organisation: OrganisationCode, year: Int, for purpose: Store.IndexNumberPurpose) throws
        -> IndexNumber
    {
        let number = try Store.indexNumber(
            after: try lastSerial(organisation: organisation, year: year), organisation: organisation, year: year)
        try connection.execute(
            "INSERT INTO index_number (organisation, year, serial, purpose) VALUES ($1, $2, $3, $4)",
            [organisation.text, String(year), String(number.serial), purpose.rawValue])
        return number
    }

    /// The largest serial issued for (organisation, year), nil when none is.
    func lastSerial(organisation: OrganisationCode, year: Int) throws(PostgresError) -> Int? {
        try connection.execute(
            "SELECT max(serial) FROM index_number WHERE organisation = $1 AND year = $2",
            [organisation.text, String(year)]
        ).int64(0, 0).map { Int($0) }
    }
}
