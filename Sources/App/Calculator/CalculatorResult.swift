import AQI

/// The answer to a `CalculatorRequest`.
public enum CalculatorResult: Sendable {
    case china(ChinaIndex, inputOrder: [Indicator])
    case epa(EPAIndex)
    case nowcast(NowCast?)

    public init(_ request: CalculatorRequest) {
        switch request.kind {
        case .china(let set):
            var values: [Indicator: ExactDecimal] = [:]
            for case (let key, let value?) in request.values { values[key] = value }
            self = .china(
                ChinaIndex(set, values: values, roundInputs: request.roundInputs),
                inputOrder: request.values.map(\.0))
        case .epaDaily:
            var values: [Indicator: ExactDecimal] = [:]
            for case (let key, let value?) in request.values { values[key] = value }
            self = .epa(EPAIndex(values: values))
        case .nowcastPM2_5:
            self = .nowcast(NowCast(mostRecentFirst: request.nowcastHours))
        }
    }
}
