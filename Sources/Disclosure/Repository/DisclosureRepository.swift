import Identity

/// What the disclosure use cases need from storage. The live implementation is the SQLite
/// store; `InMemoryDisclosureRepository` serves the tests. Every method that writes is one
/// transaction: it happens entirely or not at all.
public protocol DisclosureRepository: Sendable {
    /// Issues the next 索引号 for each submission (year = its `publishedOn.year`, serials from
    /// 00001 per organisation and year, never reused, even after a withdrawal) and stores the
    /// notices, all or none.
    func addNotices(_ submissions: [NoticeSubmission], organisation: OrganisationCode) throws -> [Notice]

    /// Issues one 索引号 for an item published elsewhere (a daily bulletin revision …), from
    /// the same sequence as the notices.
    func issueIndexNumber(organisation: OrganisationCode, year: Int) throws -> IndexNumber

    /// The notice with this number, withdrawn or not; nil when there is none.
    func notice(_ id: IndexNumber) throws -> Notice?

    /// The notices published in `year` (all when nil), withdrawn ones included, by 索引号.
    func notices(publishedIn year: Int?) throws -> [Notice]

    /// Appends an event to a stored notice and returns the notice with it. Throws
    /// `RepositoryError.noSuchNotice` when there is none.
    func appendNoticeEvent(_ event: NoticeEvent, to id: IndexNumber) throws -> Notice

    /// Stores requests and cases: a new id is added; an existing id gets a new revision (the
    /// old one is kept; the latest is what `requests()` and `cases()` return).
    func saveRegister(_ entries: RegisterEntries) throws -> RegisterSaveCounts

    /// The latest revision of every request, by id.
    func requests() throws -> [DisclosureRequest]

    /// The latest revision of every case, by id.
    func cases() throws -> [ReviewCase]

    /// How many items of each category were published in `year` (by publication date in China
    /// Standard Time): notices (withdrawn ones included: they were published), and the
    /// bulletins, a daily bulletin counting once per day whatever its revisions. Categories with
    /// nothing published may be absent.
    func itemCounts(year: Int) throws -> [DisclosureCategory: Int]
}

/// What `saveRegister` did.
public struct RegisterSaveCounts: Sendable, Equatable {
    public var added: Int
    public var revised: Int
    /// Identical to the stored revision: nothing written.
    public var unchanged: Int

    public init(added: Int = 0, revised: Int = 0, unchanged: Int = 0) {
        self.added = added
        self.revised = revised
        self.unchanged = unchanged
    }
}

public enum RepositoryError: Error, Sendable, Equatable, CustomStringConvertible {
    case noSuchNotice(IndexNumber)
    /// All 99,999 serials of the year are issued.
    case indexNumbersExhausted(organisation: OrganisationCode, year: Int)

    public var description: String {
        switch self {
        case .noSuchNotice(let id): "no such notice \"\(id)\""
        case .indexNumbersExhausted(let organisation, let year):
            "all 99999 index numbers of \(organisation) for \(year) are issued"
        }
    }
}
