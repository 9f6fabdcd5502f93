import AQI
import Foundation
import Postgres
import Store
import TestSupport
import Testing

@testable import App

/// What only a shared server does to a run (issue 14, faults): the connection drops in the middle
/// of the publication, and other publishers' runs are going on while this one starts.
@Suite struct PostgresRunFaultTests {
    /// A trigger on the test database ends the session that inserts the revision of `date`: the
    /// server drops the connection in the middle of the transaction that appends the run's
    /// revisions, after the first of them was written.
    static func dropConnection(onRevisionOf date: String, _ admin: PostgresConnection) throws {
        try admin.execute(ConnectionDropTrigger.createSQL(onBulletinOf: date))
    }

    /// Waits (at most 30 s, a safety net) until the server has no session of the test's
    /// database matching `condition`: a session the server or the client ended is gone, its
    /// locks with it.
    static func waitUntilGone(_ condition: String, _ connection: PostgresConnection) throws {
        for _ in 0..<300 {
            let left = try connection.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND \(condition)")
            if left.int64(0, 0) == 0 { return }
            usleep(100_000)
        }
        Issue.record("a session matching \(condition) is still there after 30 s")
    }

    /// Nothing half-published: no revision, no 索引号, no site page; the run fails naming the
    /// server. The next run closes the dead run as interrupted and publishes the three days, each
    /// as revision 1, the 索引号 numbered from 00001 without a gap.
    @Test(arguments: StoreBackend.postgresOnly)
    func aConnectionDroppedMidPublicationLeavesNothingAndTheNextRunCompletesTheDays(backend: StoreBackend) throws {
        let h = try RunHarness(backend: backend)
        let scratch = try #require(h.scratch)
        let admin = try PostgresConnection(url: scratch.url)
        try Self.dropConnection(onRevisionOf: "2025-01-12", admin)

        do {
            _ = try h.run("2025-01-13", at: "2025-01-14T07:10")
            Issue.record("the run went on without its connection")
        } catch let error as PostgresError {
            guard case .connectionLost(let endpoint, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(endpoint == scratch.url.endpoint)
            #expect(
                "\(error)".hasSuffix(
                    "the transaction was rolled back and nothing of it was stored; run the command again once the server is back"
                ))
        }
        #expect(try admin.execute("SELECT count(*) FROM bulletin").int64(0, 0) == 0)
        #expect(try admin.execute("SELECT count(*) FROM index_number").int64(0, 0) == 0)
        #expect(h.page("index.html") == nil)
        // The readings the run fetched were committed before: the next run need not wait for upstream.
        #expect(try admin.execute("SELECT count(*) FROM station_hour").int64(0, 0)! > 0)

        try admin.execute(ConnectionDropTrigger.dropSQL)
        try Self.waitUntilGone("pid <> pg_backend_pid()", admin)
        try h.reopen()
        let next = try h.run("2025-01-13", at: "2025-01-14T07:20")
        #expect(next.succeeded)
        #expect(next.published.map(\.date.description) == ["2025-01-11", "2025-01-12", "2025-01-13"])
        let revisions = try admin.execute("SELECT date, revision FROM bulletin ORDER BY date").rows
        #expect(revisions == [["2025-01-11", "1"], ["2025-01-12", "1"], ["2025-01-13", "1"]])
        #expect(try admin.execute("SELECT serial FROM index_number ORDER BY serial").rows == [["1"], ["2"], ["3"]])
        let log = try h.store.runLog(limit: nil)
        #expect(log.map(\.outcome) == [.succeeded, .interrupted])
        #expect(h.page("bulletins/2025/2025-01-13.html")?.contains("2025年1月13日") == true)
    }

    /// A run another publisher is doing (its process alive, its run lock held) is not closed as
    /// interrupted by a run that starts meanwhile; one whose process is gone is.
    @Test(arguments: StoreBackend.postgresOnly)
    func onlyARunWhoseProcessIsGoneIsClosedAsInterrupted(backend: StoreBackend) throws {
        let h = try RunHarness(backend: backend)
        let scratch = try #require(h.scratch)
        let other = try PostgresStore(url: scratch.url)
        let going = try other.startRun(command: "run", date: LocalDate(iso: "2025-01-13")!, startedAt: 100)
        var dead: PostgresStore? = try PostgresStore(url: scratch.url)
        let gone = try dead!.startRun(command: "run", date: LocalDate(iso: "2025-01-12")!, startedAt: 90)
        let pid = try dead!.connection.execute("SELECT pg_backend_pid()").string(0, 0)!
        dead = nil  // its connection ends, as a killed process's does
        try Self.waitUntilGone("pid = \(pid)", try PostgresConnection(url: scratch.url))

        #expect(try h.run("2025-01-13", at: "2025-01-14T07:10").succeeded)
        let log = try h.store.runLog(limit: nil)
        #expect(log.first { $0.id == gone.id }?.outcome == .interrupted)
        #expect(log.first { $0.id == going.id }?.finishedAt == nil)
        try other.finishRun(id: going.id, finishedAt: 200, outcome: .succeeded, summary: "")
        withExtendedLifetime(other) {}
    }
}
