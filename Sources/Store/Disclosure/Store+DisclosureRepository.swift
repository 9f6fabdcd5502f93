import Disclosure
import GRDB
import Identity

/// The store is the live `DisclosureRepository`: notices with their 索引号 and events, the
/// register, and the counts of the annual report, next to the bulletins they count
/// (`Store+Notices`, `Store+IndexNumbers`, `Store+Register`, `Store+ItemCounts`).
///
/// Every write is one IMMEDIATE transaction: it takes the database's write lock before it reads
/// anything, so two processes (cron and a clerk) never both see the same last serial, and it
/// happens entirely or not at all. Errors are `StoreError`s, or the `RepositoryError`s the
/// protocol names.
extension Store: DisclosureRepository {
    public func addNotices(_ submissions: [NoticeSubmission], organisation: OrganisationCode) throws -> [Notice] {
        try addNotices(submissions, organisation: organisation, checkpoint: nil)
    }

    /// Runs `body` in an IMMEDIATE transaction, committed when it returns and rolled back when it
    /// throws; `RepositoryError`s pass through, anything else becomes a `StoreError`.
    func writeImmediately<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as RepositoryError {
            throw error
        } catch {
            throw StoreError(error)
        }
    }

    /// Reads from a consistent snapshot.
    func readDisclosure<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        try StoreError.wrapping { try writer.read(body) }
    }
}
