/// Table 四、政府信息公开行政复议、行政诉讼情况: for each kind of case, the cases decided in the
/// year by result, and those pending at its end (尚未审结).
public struct ReviewTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var upheld = 0
        public var corrected = 0
        public var other = 0
        public var pending = 0
        public var total: Int { upheld + corrected + other + pending }
        /// 结果维持, 结果纠正, 其他结果, 尚未审结, 总计
        public var cells: [Int] { [upheld, corrected, other, pending, total] }
    }

    public var rows: [ReviewCase.CaseType: Row]

    /// A case counts in `year` when it was filed by the year's end and not decided before the
    /// year began: decided in the year → its result; undecided at the year's end → 尚未审结.
    public init(year: Int, cases: [ReviewCase]) {
        var rows: [ReviewCase.CaseType: Row] = [:]
        for c in cases where c.filedOn.year <= year && (c.decidedOn.map { $0.year >= year } ?? true) {
            var row = rows[c.type] ?? Row()
            switch (c.decidedOn.map { $0.year == year } ?? false) ? c.outcome : nil {
            case .upheld?: row.upheld += 1
            case .corrected?: row.corrected += 1
            case .other?: row.other += 1
            case nil: row.pending += 1
            }
            rows[c.type] = row
        }
        self.rows = rows
    }

    /// The 15 numbers of the table, in its column order.
    public var cells: [Int] { ReviewCase.CaseType.allCases.flatMap { (rows[$0] ?? Row()).cells } }
}
