import Foundation
import Postgres
import Testing

@Suite(.enabled(if: TestDatabase.enabled, "needs a PostgreSQL cluster: run scripts/test"))
struct ConnectionTests {
    @Test func runsParameterisedQueriesAndTransactions() throws {
        try TestDatabase.withDatabase(migrated: false) { connection, _ in
            try connection.execute("CREATE TABLE t (a bigint, b text)")
            try connection.execute("INSERT INTO t VALUES ($1, $2), ($3, $4)", ["1", "it's 文山", "2", nil])
            #expect(try connection.execute("SELECT a, b FROM t ORDER BY a").rows == [["1", "it's 文山"], ["2", nil]])
            struct Stop: Error {}
            #expect(throws: Stop.self) {
                try connection.transaction {
                    try connection.execute("INSERT INTO t VALUES (3, 'gone')")
                    throw Stop()
                }
            }
            #expect(try connection.execute("SELECT count(*) FROM t").int64(0, 0) == 2)
        }
    }

    @Test func copiesBinaryRowsAndAbortsACopyThatThrows() throws {
        try TestDatabase.withDatabase(migrated: false) { connection, _ in
            try connection.execute("CREATE TABLE t (a smallint, b integer, c bigint, d boolean, e text)")
            try connection.copyIn("COPY t FROM STDIN (FORMAT binary)") { writer in
                for i in 0..<100_000 {
                    try writer.beginRow(fields: 5)
                    writer.smallint(Int16(i % 100))
                    writer.integer(i % 3 == 0 ? nil : Int32(-i))
                    writer.bigint(Int64(i) << 33)
                    writer.boolean(i % 2 == 0)
                    writer.text(i == 7 ? "空气质量" : nil)
                }
            }
            #expect(
                try connection.execute("SELECT count(*), count(b), sum(a), max(c), count(*) FILTER (WHERE d) FROM t")
                    .rows == [["100000", "66666", "4950000", String(Int64(99_999) << 33), "50000"]])
            #expect(try connection.execute("SELECT e FROM t WHERE e IS NOT NULL").rows == [["空气质量"]])
            struct Stop: Error {}
            #expect(throws: Stop.self) {
                try connection.copyIn("COPY t FROM STDIN (FORMAT binary)") { writer in
                    for i in 0..<200_000 {
                        try writer.beginRow(fields: 5)
                        for _ in 0..<4 { writer.integer(nil) }
                        writer.text(nil)
                        if i == 150_000 { throw Stop() }
                    }
                }
            }
            #expect(try connection.execute("SELECT count(*) FROM t").int64(0, 0) == 100_000)
        }
    }

    /// Every session turns JIT compilation off: the import's look-back over the stored hours was
    /// compiled at 0.5 s a statement, seven times what running it took (national year).
    @Test func aSessionDoesNotCompileStatements() throws {
        try TestDatabase.withDatabase(migrated: false) { connection, _ in
            let setting = try connection.execute("SHOW jit").rows
            #expect(setting == [["off"]])
        }
    }

    /// A wrong password: refused by the server, and the wrong password is not shown either.
    @Test func aWrongPasswordIsRefusedWithoutShowingIt() throws {
        let url = try TestDatabase.url()
        let password = "wr0ng-pa55word"
        do {
            _ = try PostgresConnection(url: url, environment: ["AIRBULLETIN_DATABASE_PASSWORD": password])
            Issue.record("connected with a wrong password")
        } catch {
            #expect(error.description.hasPrefix("cannot connect to the PostgreSQL server at \(url.endpoint): "))
            #expect(error.description.contains("password authentication failed for user \"airbulletin_test\""))
            #expect(!error.description.contains(password))
        }
        do {
            _ = try PostgresConnection(url: url, environment: [:])
            Issue.record("connected without a password")
        } catch {
            #expect(error.description.contains("no password supplied (set AIRBULLETIN_DATABASE_PASSWORD)"))
        }
    }

    /// The advisory locks: another connection cannot take a held key; different areas never wait.
    @Test func advisoryLocksSerialiseOneKeyOnly() throws {
        #expect(AdvisoryLock.namespace == 0x6169_7262)
        #expect(AdvisoryLock.migrations.key == 1 && AdvisoryLock.readingsImport.key == 2)
        #expect(AdvisoryLock.publication(.init("532601")!).key == 1_532_601)
        try TestDatabase.withDatabase(migrated: false) { first, url in
            let second = try PostgresConnection(url: url)
            let (same, other) = try first.transaction {
                try first.lock(.publication(.init("532601")!))
                return try second.transaction {
                    (try second.tryLock(.publication(.init("532601")!)), try second.tryLock(.publication(.init("530100")!)))
                }
            }
            #expect(same == false && other == true)
            #expect(try second.transaction { try second.tryLock(.publication(.init("532601")!)) })
        }
    }
}
