import AQI
import Disclosure
import GRDB
import Identity

extension Store {
    /// Issues the next 索引号 to each submission, in order (year = its `publishedOn.year`), and
    /// stores the notices, in one transaction: all of them or, if anything fails, the checkpoint
    /// included, none, and no number is used up.
    ///
    /// - Parameter checkpoint: called after every `interval` notices written (tests inject
    ///   faults with it).
    public func addNotices(
        _ submissions: [NoticeSubmission], organisation: OrganisationCode, checkpoint: ImportCheckpoint?
    ) throws -> [Notice] {
        try writeImmediately { db in
            try Store.addNotices(
                submissions, checkpoint: checkpoint,
                issue: { year in try Store.issueIndexNumber(db, organisation: organisation, year: year, for: .notice) },
                insert: { try $0.insert(db) })
        }
    }

    /// Inside a write, in any database holding the notice tables (SQLite, PostgreSQL): issues
    /// each submission its 索引号 with `issue` (given the year), and hands `insert` the rows of
    /// the notice (`notice`, then its `notice_field`s), in order.
    package static func addNotices(
        _ submissions: [NoticeSubmission], checkpoint: ImportCheckpoint?, issue: (Int) throws -> IndexNumber,
        insert: (any PersistableRecord) throws -> Void
    ) throws -> [Notice] {
        var notices: [Notice] = []
        for submission in submissions {
            let id = try issue(submission.publishedOn.year)
            let notice = Notice(id: id, submission: submission)
            try insert(NoticeRecord(notice: notice))
            for (key, value) in submission.draft.fieldValues where !NoticeFieldRecord.keysKeptInNotice.contains(key) {
                try insert(NoticeFieldRecord(id: id, key: key, value: value))
            }
            notices.append(notice)
            if let checkpoint, notices.count % checkpoint.interval == 0 {
                do {
                    try checkpoint.body(notices.count)
                } catch {
                    throw StoreError.noticesInterrupted(
                        written: notices.count, total: submissions.count, reason: "\(error)")
                }
            }
        }
        return notices
    }

    /// The notice with this number, withdrawn or not; nil when there is none.
    public func notice(_ id: IndexNumber) throws -> Notice? {
        try readDisclosure { db in try Store.notices(db, where: id.rows).first }
    }

    /// The notices published in `year` (all when nil), withdrawn ones included, by 索引号.
    public func notices(publishedIn year: Int?) throws -> [Notice] {
        try readDisclosure { db in
            try Store.notices(db, where: year.map { IndexNumber.Columns.year == $0 } ?? true.sqlExpression)
        }
    }

    /// Appends an event to a stored notice and returns the notice with it. A notice is withdrawn
    /// once: a second withdrawal is refused (`StoreError.noticeAlreadyWithdrawn`).
    public func appendNoticeEvent(_ event: NoticeEvent, to id: IndexNumber) throws -> Notice {
        try writeImmediately { db in
            try Store.appendNoticeEvent(event, to: Store.notices(db, where: id.rows).first, id: id) {
                try $0.insert(db)
            }
        }
    }

    /// Inside a write, in any database holding the notice tables: appends `event` to `notice`
    /// (the stored notice numbered `id`, nil when there is none) through `insert`. A notice is
    /// withdrawn once.
    package static func appendNoticeEvent(
        _ event: NoticeEvent, to notice: Notice?, id: IndexNumber, insert: (any PersistableRecord) throws -> Void
    ) throws -> Notice {
        guard var notice else { throw RepositoryError.noSuchNotice(id) }
        if case .withdrawn = event, let earlier = notice.withdrawal {
            throw StoreError.noticeAlreadyWithdrawn(id, on: earlier.on)
        }
        try insert(NoticeEventRecord(id: id, sequence: notice.events.count + 1, event: event))
        notice.events.append(event)
        return notice
    }

    /// The notices whose key columns match `filter`, with their fields and events, by 索引号.
    /// Each is read back through `NoticeDraft(fieldValues:origin:)`, with the checks a file
    /// gets.
    private static func notices(_ db: Database, where filter: SQLExpression) throws -> [Notice] {
        let records = try NoticeRecord.filter(filter).fetchAll(db)
        guard !records.isEmpty else { return [] }
        return try notices(
            records, fields: try NoticeFieldRecord.filter(filter).fetchAll(db),
            events: try NoticeEventRecord.filter(filter).fetchAll(db))
    }

    /// The notices of rows read from another database holding the same tables (PostgreSQL):
    /// `notice`, `notice_field` and `notice_event`, all their columns by name.
    package static func notices(noticeRows: [Row], fieldRows: [Row], eventRows: [Row]) throws -> [Notice] {
        try notices(
            try noticeRows.map(NoticeRecord.init(row:)), fields: try fieldRows.map(NoticeFieldRecord.init(row:)),
            events: try eventRows.map(NoticeEventRecord.init(row:)))
    }

    private static func notices(
        _ records: [NoticeRecord], fields fieldRecords: [NoticeFieldRecord], events eventRecords: [NoticeEventRecord]
    ) throws -> [Notice] {
        var fields: [IndexNumber: [(key: String, value: String)]] = [:]
        for field in fieldRecords { fields[field.id, default: []].append((field.key, field.value)) }
        var events: [IndexNumber: [NoticeEventRecord]] = [:]
        for event in eventRecords { events[event.id, default: []].append(event) }
        return try records.map { record in
            let values = [("kind", record.kind.rawValue), ("title", record.title)] + (fields[record.id] ?? [])
            let draft: NoticeDraft
            do {
                draft = try NoticeDraft(fieldValues: values, origin: "notice \(record.id)")
            } catch {
                let problems = "\(error)".split(separator: "\n").joined(separator: "; ")
                throw StoreError.unreadableNotice(record.id, problems: problems)
            }
            return Notice(
                id: record.id, title: record.title, summary: draft.summary, content: draft.content,
                issuer: record.issuer, publishedAt: record.publishedAt, publishedOn: record.publishedOn,
                events: (events[record.id] ?? []).sorted { $0.sequence < $1.sequence }.map(\.event))
        }
        .sorted { $0.id < $1.id }
    }
}
