import AQI

/// Table 三、收到和处理政府信息公开申请情况 (国办公开办函〔2021〕30号): the rows by applicant
/// column; the 总计 column is each row's sum.
public struct RequestTable: Sendable, Equatable {
    /// 一、本年新收政府信息公开申请数量
    public var received: [ApplicantType: Int]
    /// 二、上年结转政府信息公开申请数量
    public var carriedOver: [ApplicantType: Int]
    /// 三、本年度办理结果, by leaf.
    public var outcomes: [RequestOutcome: [ApplicantType: Int]]
    /// 四、结转下年度继续办理
    public var carriedForward: [ApplicantType: Int]

    public init(
        received: [ApplicantType: Int], carriedOver: [ApplicantType: Int],
        outcomes: [RequestOutcome: [ApplicantType: Int]], carriedForward: [ApplicantType: Int]
    ) {
        self.received = received
        self.carriedOver = carriedOver
        self.outcomes = outcomes
        self.carriedForward = carriedForward
    }

    /// The table of `year` from the register: received in the year; carried over = received
    /// before the year and not answered before it; outcomes = answered in the year; carried
    /// forward = received by the year's end and not answered by then.
    public init(year: Int, requests: [DisclosureRequest]) {
        let first = LocalDate(year: year, month: 1, day: 1)
        let last = LocalDate(year: year, month: 12, day: 31)
        func count(_ included: (DisclosureRequest) -> Bool) -> [ApplicantType: Int] {
            var columns: [ApplicantType: Int] = [:]
            for r in requests where included(r) { columns[r.applicant, default: 0] += 1 }
            return columns
        }
        received = count { $0.receivedOn.year == year }
        carriedOver = count { r in r.receivedOn < first && (r.answeredOn.map { $0 >= first } ?? true) }
        carriedForward = count { r in r.receivedOn <= last && (r.answeredOn.map { $0 > last } ?? true) }
        var outcomes: [RequestOutcome: [ApplicantType: Int]] = [:]
        for r in requests {
            guard let answered = r.answeredOn, answered.year == year, let outcome = r.outcome else { continue }
            outcomes[outcome, default: [:]][r.applicant, default: 0] += 1
        }
        self.outcomes = outcomes
    }

    /// （七）总计 by column.
    public var answered: [ApplicantType: Int] {
        var columns: [ApplicantType: Int] = [:]
        for row in outcomes.values {
            for (type, n) in row { columns[type, default: 0] += n }
        }
        return columns
    }

    /// A row's seven numbers: the six applicant columns, then 总计.
    public static func cells(_ row: [ApplicantType: Int]) -> [Int] {
        let columns = ApplicantType.allCases.map { row[$0] ?? 0 }
        return columns + [columns.reduce(0, +)]
    }

    /// The printed cross-check 一 + 二 = 三（七） + 四, per column; the first column that does
    /// not balance is an error naming it.
    public func checked() throws(AnnualReportError) -> RequestTable {
        let left = zip(Self.cells(received), Self.cells(carriedOver)).map(+)
        let right = zip(Self.cells(answered), Self.cells(carriedForward)).map(+)
        let names = ApplicantType.allCases.map(\.columnName) + ["总计"]
        for i in names.indices where left[i] != right[i] {
            throw .tableDoesNotBalance(
                column: names[i], received: Self.cells(received)[i], carriedOver: Self.cells(carriedOver)[i],
                answered: Self.cells(answered)[i], carriedForward: Self.cells(carriedForward)[i])
        }
        return self
    }
}
