import AQI
import Disclosure
import GRDB

/// A row of `notice_event`: something that happened to a published notice, numbered from 1 in
/// the order it happened.
struct NoticeEventRecord: Sendable {
    var id: IndexNumber
    var sequence: Int
    var event: NoticeEvent

    enum Columns {
        static let sequence = Column("sequence")
        static let kind = Column("kind")
        static let reason = Column("reason")
        static let happenedAt = Column("happened_at")
        static let happenedOn = Column("happened_on")
        static let decisionChangedOn = Column("decision_changed_on")
    }

    static let withdrawn = "withdrawn"
}

extension NoticeEventRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "notice_event"

    init(row: Row) throws {
        let table = Self.databaseTableName
        id = try row.indexNumber(table: table)
        sequence = row[Columns.sequence]
        let kind: String = row[Columns.kind]
        guard kind == Self.withdrawn else {
            throw StoreError.unreadableValue(table: table, column: "kind", value: kind)
        }
        event = .withdrawn(
            Withdrawal(
                reason: row[Columns.reason], at: row[Columns.happenedAt],
                on: try row.requiredDate(Columns.happenedOn, table: table),
                decisionChangedOn: try row.date(Columns.decisionChangedOn, table: table)))
    }

    func encode(to container: inout PersistenceContainer) {
        id.encode(to: &container)
        container[Columns.sequence] = sequence
        switch event {
        case .withdrawn(let w):
            container[Columns.kind] = Self.withdrawn
            container[Columns.reason] = w.reason
            container[Columns.happenedAt] = w.at
            container[Columns.happenedOn] = w.on.description
            container[Columns.decisionChangedOn] = w.decisionChangedOn?.description
        }
    }
}
