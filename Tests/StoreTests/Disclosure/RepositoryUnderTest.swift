import AQI
import Disclosure
import Foundation
import Identity
import Store
import Synchronization
import Testing

/// The two `DisclosureRepository` implementations. Contract tests run one body against each, so
/// the SQLite store is held to what the in-memory one is tested for.
enum RepositoryKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case inMemory

    var testDescription: String { rawValue }
}

struct InjectedFault: Error, CustomStringConvertible {
    var description: String { "injected fault" }
}

/// A repository under test, with what the protocol leaves to each implementation: publishing
/// bulletins, injecting a fault, reopening the database.
final class RepositoryUnderTest {
    let kind: RepositoryKind
    private(set) var repository: any DisclosureRepository
    /// The SQLite file; nil in memory.
    let path: String?
    private let memory: InMemoryDisclosureRepository?
    private let fault = FaultSwitch()

    private init(kind: RepositoryKind, path: String?) throws {
        self.kind = kind
        self.path = path
        let fault = self.fault
        if let path {
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

    /// A fresh repository: a new SQLite file in a temporary directory, or a new in-memory one.
    static func with<T>(_ kind: RepositoryKind, _ body: (RepositoryUnderTest) throws -> T) throws -> T {
        switch kind {
        case .inMemory: return try body(RepositoryUnderTest(kind: kind, path: nil))
        case .sqlite:
            return try withTemporaryDirectory { directory in
                try body(RepositoryUnderTest(kind: kind, path: directory.appendingPathComponent("var/ab.sqlite").path))
            }
        }
    }

    var store: Store? { repository as? Store }

    /// Opens the database file again, as the next command would (in memory: the same one).
    func reopen() throws {
        if let path { repository = try Store(path: path) }
    }

    /// `addNotices` with a fault after `n` notices were written (SQLite), or before the commit
    /// (in memory, whose writes are applied at the commit).
    func addNotices(
        _ submissions: [NoticeSubmission], organisation: OrganisationCode, failingAfter n: Int
    ) throws -> [Notice] {
        if let store {
            return try store.addNotices(
                submissions, organisation: organisation,
                checkpoint: ImportCheckpoint(every: n) { _ in throw InjectedFault() })
        }
        fault.set(true)
        defer { fault.set(false) }
        return try repository.addNotices(submissions, organisation: organisation)
    }

    /// Publishes revision 1 of an area's bulletin for each day, created at `createdAt(day)`:
    /// in the bulletin table, or as the daily and monthly items the in-memory store records.
    func publishBulletins(area: AreaCode, days: [LocalDate], createdAt: (LocalDate) -> Instant) throws {
        if let store {
            for day in days {
                try store.appendBulletinRevision(
                    area: area, date: day, standard: .hj633_2012, inputsHash: "sha256:\(day)", document: "{}",
                    reason: nil, operatorName: "cron", createdAt: createdAt(day))
            }
        } else if let memory {
            memory.recordBulletins(.airQualityDaily, dates: days.map { createdAt($0).chinaDate })
            memory.recordBulletins(.airQualityMonthly, dates: days.map(\.firstOfMonth))
        }
    }

    /// Every stored revision of a request.
    func requestRevisions(_ id: RecordID) throws -> [DisclosureRequest] {
        try store?.requestRevisions(id) ?? memory!.requestRevisions(id)
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
