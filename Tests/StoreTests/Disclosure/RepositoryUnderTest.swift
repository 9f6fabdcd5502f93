import AQI
import Disclosure
import Foundation
import Identity
import Postgres
import PostgresTestSupport
import Store
import Synchronization
import Testing

/// The `DisclosureRepository` implementations. Contract tests run one body against each, so the
/// SQLite and PostgreSQL stores are held to what the in-memory one is tested for.
enum RepositoryKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case inMemory
    /// A database of its own on the cluster scripts/test starts (issue 14: "run the store's whole
    /// test suite against both backends").
    case postgres

    var testDescription: String { rawValue }

    /// Every kind; PostgreSQL only when scripts/test started a cluster, and always on CI, where a
    /// missing cluster fails the tests, never skips them (`PostgresScratch`).
    static var allCases: [RepositoryKind] {
        PostgresScratch.clusterExpected ? [.sqlite, .inMemory, .postgres] : [.sqlite, .inMemory]
    }
}

struct InjectedFault: Error, CustomStringConvertible {
    var description: String { "injected fault" }
}

/// A repository under test, with what the protocol leaves to each implementation: publishing
/// bulletins, injecting a fault, reopening the database.
final class RepositoryUnderTest {
    let kind: RepositoryKind
    private(set) var repository: any DisclosureRepository
    /// The SQLite file; nil in memory and on PostgreSQL.
    let path: String?
    /// The PostgreSQL database, dropped when this goes.
    private let scratch: PostgresScratch?
    private let memory: InMemoryDisclosureRepository?
    private let fault = FaultSwitch()

    private init(kind: RepositoryKind, path: String?) throws {
        self.kind = kind
        self.path = path
        let fault = self.fault
        scratch = kind == .postgres ? try PostgresScratch(prefix: "store_") : nil
        if let scratch {
            memory = nil
            repository = try PostgresStore(url: scratch.url)
        } else if let path {
            memory = nil
            repository = try Store(path: path)
        } else {
            let memory = InMemoryDisclosureRepository(beforeCommit: {
                if fault.isArmed { throw InjectedFault() }
            })
            self.memory = memory
            repository = memory
        }
    }

    /// A fresh repository: a new SQLite file in a temporary directory, a new in-memory one, or a
    /// new PostgreSQL database.
    static func with<T>(_ kind: RepositoryKind, _ body: (RepositoryUnderTest) throws -> T) throws -> T {
        switch kind {
        case .inMemory, .postgres: return try body(RepositoryUnderTest(kind: kind, path: nil))
        case .sqlite:
            return try withTemporaryDirectory { directory in
                try body(RepositoryUnderTest(kind: kind, path: directory.appendingPathComponent("var/ab.sqlite").path))
            }
        }
    }

    var store: Store? { repository as? Store }
    var postgres: PostgresStore? { repository as? PostgresStore }

    /// Opens the database again, as the next command would (a file, or a new connection to the
    /// server; in memory: the same one).
    func reopen() throws {
        if let path { repository = try Store(path: path) }
        if let scratch { repository = try PostgresStore(url: scratch.url) }
    }

    /// A second repository on the same database, as another process would open it (in memory:
    /// the same one).
    func another() throws -> any DisclosureRepository {
        if let path { return try Store(path: path) }
        if let scratch { return try PostgresStore(url: scratch.url) }
        return repository
    }

    /// `addNotices` with a fault after `n` notices were written (SQLite, PostgreSQL: inside the
    /// transaction), or before the commit (in memory, whose writes are applied at the commit).
    func addNotices(
        _ submissions: [NoticeSubmission], organisation: OrganisationCode, failingAfter n: Int
    ) throws -> [Notice] {
        let checkpoint = ImportCheckpoint(every: n) { _ in throw InjectedFault() }
        if let store { return try store.addNotices(submissions, organisation: organisation, checkpoint: checkpoint) }
        if let postgres {
            return try postgres.addNotices(submissions, organisation: organisation, checkpoint: checkpoint)
        }
        fault.set(true)
        defer { fault.set(false) }
        return try repository.addNotices(submissions, organisation: organisation)
    }

    /// Publishes revision 1 of an area's bulletin for each day, created at `createdAt(day)`:
    /// in the bulletin table, or as the daily and monthly items the in-memory store records.
    func publishBulletins(area: AreaCode, days: [LocalDate], createdAt: (LocalDate) -> Instant) throws {
        if store != nil || postgres != nil {
            for day in days {
                try appendBulletinRevision(
                    area: area, date: day, inputsHash: "sha256:\(day)", reason: nil, operatorName: "cron",
                    createdAt: createdAt(day))
            }
        } else if let memory {
            memory.recordBulletins(.airQualityDaily, dates: days.map { createdAt($0).chinaDate })
            memory.recordBulletins(.airQualityMonthly, dates: days.map(\.firstOfMonth))
        }
    }

    /// Appends the next revision of an area's bulletin of `date` to the bulletin table (SQLite,
    /// PostgreSQL; the in-memory repository has none), with an empty document.
    func appendBulletinRevision(
        area: AreaCode, date: LocalDate, inputsHash: String, reason: String?, operatorName: String, createdAt: Instant
    ) throws {
        if let store {
            try store.appendBulletinRevision(
                area: area, date: date, standard: .hj633_2012, inputsHash: inputsHash, document: "{}", reason: reason,
                operatorName: operatorName, createdAt: createdAt)
        } else if let postgres {
            // The row itself: the counts read only the table (the publication's drafts need a
            // whole report).
            try postgres.connection.execute(
                """
                INSERT INTO bulletin (area_code, date, revision, standard, inputs_hash, document, reason, operator,
                    created_at)
                SELECT $1, $2, 1 + COALESCE(max(revision), 0), 'hj633-2012', $3, '{}', $4, $5, $6
                FROM bulletin WHERE area_code = $1 AND date = $2
                """,
                [area.rawValue, date.description, inputsHash, reason, operatorName, String(createdAt.unixSeconds)])
        }
    }

    /// Every stored revision of a request.
    func requestRevisions(_ id: RecordID) throws -> [DisclosureRequest] {
        try store?.requestRevisions(id) ?? postgres?.requestRevisions(id) ?? memory!.requestRevisions(id)
    }
}

/// Makes the in-memory repository's next commit fail while armed.
final class FaultSwitch: Sendable {
    private let armed = Mutex(false)
    var isArmed: Bool { armed.withLock { $0 } }
    func set(_ value: Bool) { armed.withLock { $0 = value } }
}

/// `hour`:00 China Standard Time on `day`.
func unixSeconds(_ day: LocalDate, hour: Int) -> Instant { Instant(china: day, hour: hour) }
