import AQI
import Identity
import Synchronization

/// A `DisclosureRepository` in memory, for tests and previews. It keeps what the SQLite store
/// keeps (every request and case revision, the serial counters) with the same all-or-nothing
/// writes, and lets a test inject a failure.
public final class InMemoryDisclosureRepository: DisclosureRepository {
    struct State {
        var notices: [IndexNumber: Notice] = [:]
        var lastSerial: [String: Int] = [:]
        var requestRevisions: [RecordID: [DisclosureRequest]] = [:]
        var caseRevisions: [RecordID: [ReviewCase]] = [:]
        var bulletins: [DisclosureCategory: Set<LocalDate>] = [:]
    }

    private let state = Mutex(State())
    /// Called inside each write before it commits; a throw aborts the write (fault injection).
    private let beforeCommit: @Sendable () throws -> Void

    public init(beforeCommit: @escaping @Sendable () throws -> Void = {}) {
        self.beforeCommit = beforeCommit
    }

    /// Records published bulletins (what the bulletin store holds in production): one item per
    /// date and category.
    public func recordBulletins(_ category: DisclosureCategory, dates: [LocalDate]) {
        state.withLock { $0.bulletins[category, default: []].formUnion(dates) }
    }

    /// Every stored revision of a request, oldest first.
    public func requestRevisions(_ id: RecordID) -> [DisclosureRequest] {
        state.withLock { $0.requestRevisions[id] ?? [] }
    }

    public func addNotices(_ submissions: [NoticeSubmission], organisation: OrganisationCode) throws -> [Notice] {
        try transaction { s in
            try submissions.map { submission in
                let id = try Self.issue(&s, organisation: organisation, year: submission.publishedOn.year)
                let notice = Notice(id: id, submission: submission)
                s.notices[id] = notice
                return notice
            }
        }
    }

    public func issueIndexNumber(organisation: OrganisationCode, year: Int) throws -> IndexNumber {
        try transaction { s in try Self.issue(&s, organisation: organisation, year: year) }
    }

    public func notice(_ id: IndexNumber) throws -> Notice? { state.withLock { $0.notices[id] } }

    public func notices(publishedIn year: Int?) throws -> [Notice] {
        state.withLock { s in
            s.notices.values.filter { year == nil || $0.publishedOn.year == year }.sorted { $0.id < $1.id }
        }
    }

    public func appendNoticeEvent(_ event: NoticeEvent, to id: IndexNumber) throws -> Notice {
        try transaction { s in
            guard var notice = s.notices[id] else { throw RepositoryError.noSuchNotice(id) }
            notice.events.append(event)
            s.notices[id] = notice
            return notice
        }
    }

    public func saveRegister(_ entries: RegisterEntries) throws -> RegisterSaveCounts {
        try transaction { s in
            var counts = RegisterSaveCounts()
            for request in entries.requests {
                Self.save(request, in: &s.requestRevisions[request.id, default: []], &counts)
            }
            for reviewCase in entries.cases {
                Self.save(reviewCase, in: &s.caseRevisions[reviewCase.id, default: []], &counts)
            }
            return counts
        }
    }

    public func requests() throws -> [DisclosureRequest] {
        state.withLock { s in s.requestRevisions.keys.sorted().compactMap { s.requestRevisions[$0]?.last } }
    }

    public func cases() throws -> [ReviewCase] {
        state.withLock { s in s.caseRevisions.keys.sorted().compactMap { s.caseRevisions[$0]?.last } }
    }

    public func itemCounts(year: Int) throws -> [DisclosureCategory: Int] {
        state.withLock { s in
            var counts: [DisclosureCategory: Int] = [:]
            for notice in s.notices.values where notice.publishedOn.year == year {
                counts[notice.kind.category, default: 0] += 1
            }
            for (category, dates) in s.bulletins {
                let n = dates.filter { $0.year == year }.count
                if n > 0 { counts[category, default: 0] += n }
            }
            return counts
        }
    }

    // MARK: - Transactions

    /// Runs `body` on a copy of the state and keeps the copy only when nothing threw.
    private func transaction<T>(_ body: (inout State) throws -> T) throws -> T {
        try state.withLock { s in
            var copy = s
            let result = try body(&copy)
            try beforeCommit()
            s = copy
            return result
        }
    }

    private static func issue(_ s: inout State, organisation: OrganisationCode, year: Int) throws -> IndexNumber {
        let key = "\(organisation)/\(year)"
        let serial = s.lastSerial[key, default: 0] + 1
        guard IndexNumber.serials.contains(serial) else {
            throw RepositoryError.indexNumbersExhausted(organisation: organisation, year: year)
        }
        s.lastSerial[key] = serial
        return IndexNumber(organisation: organisation, year: year, serial: serial)
    }

    private static func save<T: Equatable>(_ value: T, in revisions: inout [T], _ counts: inout RegisterSaveCounts) {
        if revisions.last == value {
            counts.unchanged += 1
        } else {
            if revisions.isEmpty { counts.added += 1 } else { counts.revised += 1 }
            revisions.append(value)
        }
    }
}
