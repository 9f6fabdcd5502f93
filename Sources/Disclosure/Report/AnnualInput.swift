import AQI
import Formats

/// The yearly figures the store cannot know, from `disclosure/YYYY/annual.toml`
/// (docs/annual-report.md): the rule rows and the fee row of table 二, and optionally last
/// year's published 结转下年度继续办理 row, which must agree with the register.
public struct AnnualInput: Sendable, Equatable {
    public struct RuleCounts: Sendable, Equatable {
        /// 本年制发件数, 本年废止件数, 现行有效件数
        public var issued: Int
        public var repealed: Int
        public var inForce: Int

        public init(issued: Int, repealed: Int, inForce: Int) {
            self.issued = issued
            self.repealed = repealed
            self.inForce = inForce
        }
    }

    public var year: Int
    /// 规章
    public var regulations: RuleCounts
    /// 行政规范性文件
    public var normativeDocuments: RuleCounts
    /// 行政事业性收费: 本年收费金额（单位：万元）.
    public var fees: ExactDecimal
    /// Last year's report, 四、结转下年度继续办理, by applicant column: row 二 of this year's
    /// table 三 when given.
    public var previousReportCarriedOver: [ApplicantType: Int]?

    public init(
        year: Int, regulations: RuleCounts, normativeDocuments: RuleCounts, fees: ExactDecimal,
        previousReportCarriedOver: [ApplicantType: Int]? = nil
    ) {
        self.year = year
        self.regulations = regulations
        self.normativeDocuments = normativeDocuments
        self.fees = fees
        self.previousReportCarriedOver = previousReportCarriedOver
    }

    public static func parse(text: String, file: String, year expectedYear: Int) throws(Diagnostics) -> AnnualInput {
        let document = try TOMLFile.parse(text, file: file)
        let d = DiagnosticCollector()
        let root = TOMLTableReader(document: document, diagnostics: d)
        root.allowOnly(["year", "regulations", "normative_documents", "fees", "previous_report_carried_over"])
        let year = root.int("year")
        if let year, year != expectedYear {
            root.error("year", "the file is for \(year), but the report is for \(expectedYear)")
        }
        let regulations = root.table("regulations").flatMap(readRuleCounts)
        let documents = root.table("normative_documents").flatMap(readRuleCounts)
        var fees: ExactDecimal?
        if let table = root.table("fees") {
            table.allowOnly(["amount"])
            fees = readAmount(table)
        }
        var carried: [ApplicantType: Int]?
        if let table = root.table("previous_report_carried_over", required: false) {
            let keys = ApplicantType.allCases.map(\.rawValue)
            table.allowOnly(keys)
            var columns: [ApplicantType: Int] = [:]
            for type in ApplicantType.allCases {
                guard let n = table.int(type.rawValue) else { continue }
                if n < 0 { table.error(type.rawValue, "\"\(type.rawValue)\" must not be negative") }
                columns[type] = n
            }
            carried = columns
        }
        guard !d.hasErrors, let regulations, let documents, let fees else { throw Diagnostics(d.items) }
        return AnnualInput(
            year: expectedYear, regulations: regulations, normativeDocuments: documents, fees: fees,
            previousReportCarriedOver: carried)
    }

    private static func readRuleCounts(_ table: TOMLTableReader) -> RuleCounts? {
        table.allowOnly(["issued", "repealed", "in_force"])
        let values = ["issued", "repealed", "in_force"].map { key -> Int? in
            guard let n = table.int(key) else { return nil }
            guard n >= 0 else {
                table.error(key, "\"\(key)\" must not be negative")
                return nil
            }
            return n
        }
        guard let issued = values[0], let repealed = values[1], let inForce = values[2] else { return nil }
        return RuleCounts(issued: issued, repealed: repealed, inForce: inForce)
    }

    /// 万元 as an exact decimal: an integer or a quoted decimal (never a binary float).
    private static func readAmount(_ table: TOMLTableReader) -> ExactDecimal? {
        let problem = "\"amount\" must be the amount in 万元 as an integer or a quoted decimal such as \"12.35\""
        switch table.table["amount"] {
        case .integer(let i)? where i >= 0:
            return ExactDecimal(i)
        case .string(let s)?:
            if let value = try? ExactDecimal(parsing: s), !value.isNegative, value.scale <= 6 { return value }
            table.error("amount", problem + ", found \"\(s)\"")
        case nil:
            table.error(nil, "missing key \"amount\" in \(table.name)")
        default:
            table.error("amount", problem)
        }
        return nil
    }
}
