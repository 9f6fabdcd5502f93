/// Why an annual report cannot be built.
public enum AnnualReportError: Error, Sendable, Equatable, CustomStringConvertible {
    case tableDoesNotBalance(column: String, received: Int, carriedOver: Int, answered: Int, carriedForward: Int)

    public var description: String {
        switch self {
        case .tableDoesNotBalance(let column, let received, let carriedOver, let answered, let carriedForward):
            "table 三 does not balance in column \(column): 一 + 二 = \(received) + \(carriedOver) = "
                + "\(received + carriedOver), but 三（七） + 四 = \(answered) + \(carriedForward) = "
                + "\(answered + carriedForward) (every request carried over from last year's report must be in the "
                + "register with its received date)"
        }
    }
}
