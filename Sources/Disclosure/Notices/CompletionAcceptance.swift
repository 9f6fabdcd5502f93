import AQI

/// 竣工环保验收公示: the bureau re-publishes a builder's completion acceptance.
public struct CompletionAcceptance: Sendable, Equatable {
    public var project: String
    public var builder: String
    public var location: String?
    public var eiaApprovalNumber: String?
    public var acceptanceReportOn: LocalDate
    public var publicityStart: LocalDate
    /// When the file states it; never earlier than 20 working days after the start.
    public var publicityEnd: LocalDate?
    public var contact: String?

    public init(
        project: String, builder: String, location: String?, eiaApprovalNumber: String?, acceptanceReportOn: LocalDate,
        publicityStart: LocalDate, publicityEnd: LocalDate?, contact: String?
    ) {
        self.project = project
        self.builder = builder
        self.location = location
        self.eiaApprovalNumber = eiaApprovalNumber
        self.acceptanceReportOn = acceptanceReportOn
        self.publicityStart = publicityStart
        self.publicityEnd = publicityEnd
        self.contact = contact
    }
}
