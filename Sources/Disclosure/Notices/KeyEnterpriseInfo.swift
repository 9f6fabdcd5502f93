import Identity

/// 重点排污单位环境信息.
public struct KeyEnterpriseInfo: Sendable, Equatable {
    public var enterprise: String
    public var creditCode: CreditCode
    public var year: Int
    public var pollutants: [String]
    public var outlets: [String]
    public var monitoringSummary: String

    public init(
        enterprise: String, creditCode: CreditCode, year: Int, pollutants: [String], outlets: [String],
        monitoringSummary: String
    ) {
        self.enterprise = enterprise
        self.creditCode = creditCode
        self.year = year
        self.pollutants = pollutants
        self.outlets = outlets
        self.monitoringSummary = monitoringSummary
    }
}
