import AQI
import Disclosure
import GRDB

/// A row of `disclosure_request`: one revision of a request for disclosure as the register
/// kept it.
struct RequestRevisionRecord: Sendable {
    var entry: DisclosureRequest
    /// 1, 2, … in the order the clerk entered them.
    var revision: Int

    enum Columns {
        static let id = Column("id")
        static let revision = Column("revision")
        static let applicant = Column("applicant")
        static let subject = Column("subject")
        static let receivedOn = Column("received_on")
        static let correctionSentOn = Column("correction_sent_on")
        static let correctionReceivedOn = Column("correction_received_on")
        static let consultationSentOn = Column("consultation_sent_on")
        static let consultationRepliedOn = Column("consultation_replied_on")
        static let extendedOn = Column("extended_on")
        static let extensionDays = Column("extension_days")
        static let answeredOn = Column("answered_on")
        static let outcome = Column("outcome")
    }
}

extension RequestRevisionRecord: RegisterRevision {
    static func id(of entry: DisclosureRequest) -> RecordID { entry.id }

    static let databaseTableName = "disclosure_request"

    init(row: Row) throws {
        let table = Self.databaseTableName
        entry = DisclosureRequest(
            id: try row.requiredValue(Columns.id, table: table, RecordID.init),
            applicant: try row.requiredValue(Columns.applicant, table: table, ApplicantType.init(rawValue:)),
            subject: row[Columns.subject], receivedOn: try row.requiredDate(Columns.receivedOn, table: table),
            correctionSentOn: try row.date(Columns.correctionSentOn, table: table),
            correctionReceivedOn: try row.date(Columns.correctionReceivedOn, table: table),
            consultationSentOn: try row.date(Columns.consultationSentOn, table: table),
            consultationRepliedOn: try row.date(Columns.consultationRepliedOn, table: table),
            extendedOn: try row.date(Columns.extendedOn, table: table), extensionDays: row[Columns.extensionDays],
            answeredOn: try row.date(Columns.answeredOn, table: table),
            outcome: try row.value(Columns.outcome, table: table, RequestOutcome.init(code:)))
        revision = row[Columns.revision]
    }

    func encode(to container: inout PersistenceContainer) {
        let r = entry
        container[Columns.id] = r.id.text
        container[Columns.revision] = revision
        container[Columns.applicant] = r.applicant.rawValue
        container[Columns.subject] = r.subject
        container[Columns.receivedOn] = r.receivedOn.description
        container[Columns.correctionSentOn] = r.correctionSentOn?.description
        container[Columns.correctionReceivedOn] = r.correctionReceivedOn?.description
        container[Columns.consultationSentOn] = r.consultationSentOn?.description
        container[Columns.consultationRepliedOn] = r.consultationRepliedOn?.description
        container[Columns.extendedOn] = r.extendedOn?.description
        container[Columns.extensionDays] = r.extensionDays
        container[Columns.answeredOn] = r.answeredOn?.description
        container[Columns.outcome] = r.outcome?.code
    }
}
