import Foundation
import GRDB
import Testing

@testable import Store

@Suite struct DurabilityTests {
    /// A committed import or bulletin survives a power cut: the writer syncs the WAL at every
    /// commit (synchronous = FULL, 2), on a new file and on an existing one.
    @Test func theWriterSyncsEveryCommit() throws {
        let modes = try withTemporaryStore { store, path in
            [try Self.synchronousMode(store), try Self.synchronousMode(try Store(path: path))]
        }
        #expect(modes == [2, 2])
    }

    static func synchronousMode(_ store: Store) throws -> Int? {
        try store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
    }
}
