import Disclosure
import Store

/// The register of a PostgreSQL store (Store: Store+Register.swift): requests for disclosure and
/// review cases, each change the next revision, saved by the SQLite store's own code.
extension PostgresStore {
    /// As `Store.saveRegister`: one transaction under the register's advisory lock, so that two
    /// clerks entering the same id at once store two revisions, one after the other.
    public func saveRegister(_ entries: RegisterEntries) throws -> RegisterSaveCounts {
        try connection.transaction {
            try connection.lock(.register)
            return try Store.saveRegister(
                entries,
                latest: { table, id in
                    try connection.execute(
                        "SELECT * FROM \(table) WHERE id = $1 ORDER BY revision DESC LIMIT 1", [id.text]
                    ).databaseRows.first
                }, insert: connection.insert)
        }
    }

    public func requests() throws -> [DisclosureRequest] {
        try Store.latestRequests(rows: try connection.execute("SELECT * FROM disclosure_request").databaseRows)
    }

    public func cases() throws -> [ReviewCase] {
        try Store.latestCases(rows: try connection.execute("SELECT * FROM review_case").databaseRows)
    }

    /// Every stored revision of a request, oldest first (empty when there is none).
    public func requestRevisions(_ id: RecordID) throws -> [DisclosureRequest] {
        try Store.requestRevisions(
            rows: try connection.execute("SELECT * FROM disclosure_request WHERE id = $1", [id.text]).databaseRows)
    }
}
