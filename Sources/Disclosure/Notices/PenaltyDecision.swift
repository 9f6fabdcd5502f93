import AQI
import Identity

/// 环境行政处罚决定 (行政处罚).
public struct PenaltyDecision: Sendable, Equatable {
    public var decisionNumber: String
    public var party: String
    public var partyCreditCode: CreditCode?
    public var violation: String
    public var legalBasis: String
    public var penalty: String
    public var decisionOn: LocalDate

    public init(
        decisionNumber: String, party: String, partyCreditCode: CreditCode?, violation: String, legalBasis: String,
        penalty: String, decisionOn: LocalDate
    ) {
        self.decisionNumber = decisionNumber
        self.party = party
        self.partyCreditCode = partyCreditCode
        self.violation = violation
        self.legalBasis = legalBasis
        self.penalty = penalty
        self.decisionOn = decisionOn
    }
}
