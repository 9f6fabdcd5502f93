import AQI

/// 行政复议 / 行政诉讼 about the bureau's disclosure work: the rows of table 四.
public struct ReviewCase: Sendable, Equatable {
    public enum CaseType: String, Sendable, CaseIterable {
        case reconsideration = "reconsideration"
        case litigationDirect = "litigation-direct"
        case litigationAfterReconsideration = "litigation-after-reconsideration"

        public var label: String {
            switch self {
            case .reconsideration: "行政复议"
            case .litigationDirect: "行政诉讼（未经复议直接起诉）"
            case .litigationAfterReconsideration: "行政诉讼（复议后起诉）"
            }
        }
    }

    public enum Outcome: String, Sendable, CaseIterable {
        case upheld = "upheld"
        case corrected = "corrected"
        case other = "other"

        public var label: String {
            switch self {
            case .upheld: "结果维持"
            case .corrected: "结果纠正"
            case .other: "其他结果"
            }
        }
    }

    public var id: RecordID
    public var type: CaseType
    public var filedOn: LocalDate
    /// nil while 尚未审结.
    public var outcome: Outcome?
    public var decidedOn: LocalDate?
    /// The request the case is about, when known.
    public var requestID: RecordID?
    public var subject: String?

    public init(
        id: RecordID, type: CaseType, filedOn: LocalDate, outcome: Outcome? = nil, decidedOn: LocalDate? = nil,
        requestID: RecordID? = nil, subject: String? = nil
    ) {
        self.id = id
        self.type = type
        self.filedOn = filedOn
        self.outcome = outcome
        self.decidedOn = decidedOn
        self.requestID = requestID
        self.subject = subject
    }
}
