import AQI
import Identity

/// 查封扣押决定 (行政强制).
public struct EnforcementDecision: Sendable, Equatable {
    public var decisionNumber: String
    public var party: String
    public var partyCreditCode: CreditCode?
    public var measure: String
    public var legalBasis: String
    public var decisionOn: LocalDate

    public init(
        decisionNumber: String, party: String, partyCreditCode: CreditCode?, measure: String, legalBasis: String,
        decisionOn: LocalDate
    ) {
        self.decisionNumber = decisionNumber
        self.party = party
        self.partyCreditCode = partyCreditCode
        self.measure = measure
        self.legalBasis = legalBasis
        self.decisionOn = decisionOn
    }
}
