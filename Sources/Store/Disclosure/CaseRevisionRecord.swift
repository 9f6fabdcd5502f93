import AQI
import Disclosure
import GRDB

/// A row of `review_case`: one revision of a 行政复议 or 行政诉讼 case as the register kept it.
struct CaseRevisionRecord: Sendable {
    var entry: ReviewCase
    /// 1, 2, … in the order the clerk entered them.
    var revision: Int

    enum Columns {
        static let id = Column("id")
        static let revision = Column("revision")
        static let caseType = Column("case_type")
        static let filedOn = Column("filed_on")
        static let decidedOn = Column("decided_on")
        static let outcome = Column("outcome")
        static let requestID = Column("request_id")
        static let subject = Column("subject")
    }
}

extension CaseRevisionRecord: RegisterRevision {
    static func id(of entry: ReviewCase) -> RecordID { entry.id }

    static let databaseTableName = "review_case"

    init(row: Row) throws {
        let table = Self.databaseTableName
        entry = ReviewCase(
            id: try row.requiredValue(Columns.id, table: table, RecordID.init),
            type: try row.requiredValue(Columns.caseType, table: table, ReviewCase.CaseType.init(rawValue:)),
            filedOn: try row.requiredDate(Columns.filedOn, table: table),
            outcome: try row.value(Columns.outcome, table: table, ReviewCase.Outcome.init(rawValue:)),
            decidedOn: try row.date(Columns.decidedOn, table: table),
            requestID: try row.value(Columns.requestID, table: table, RecordID.init), subject: row[Columns.subject])
        revision = row[Columns.revision]
    }

    func encode(to container: inout PersistenceContainer) {
        let c = entry
        container[Columns.id] = c.id.text
        container[Columns.revision] = revision
        container[Columns.caseType] = c.type.rawValue
        container[Columns.filedOn] = c.filedOn.description
        container[Columns.decidedOn] = c.decidedOn?.description
        container[Columns.outcome] = c.outcome?.rawValue
        container[Columns.requestID] = c.requestID?.text
        container[Columns.subject] = c.subject
    }
}
