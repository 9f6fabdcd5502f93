/// The annual report as the templates see it: every value already a string, rows in table order.
struct AnnualReportView {
    struct Row {
        let label: String
        /// The label with full-width spaces for its level (Markdown has no indentation in tables).
        let indentedLabel: String
        /// `l0`, `l1`, `l2`: the HTML class of the row's level.
        let level: String
        let cells: [String]
        /// A heading row without numbers (三、本年度办理结果, （三）不予公开 …).
        let isHeading: Bool
    }
    struct ReviewRow {
        let label: String
        let cells: [String]
    }

    let title: String
    let preamble: String
    /// Each line of the prose is a paragraph of the report (as Chinese official documents set them).
    let overview: [String]
    let ruleRows: [Row]
    let licensing: String
    let penalties: String
    let enforcement: String
    let fees: String
    let applicantColumns: [String]
    let requestRows: [Row]
    let reviewCells: [String]
    let reviewRows: [ReviewRow]
    let problems: [String]
    let otherMatters: [String]
}

extension AnnualReport {
    var view: AnnualReportView {
        func row(_ label: String, _ level: Int, _ cells: [Int]?) -> AnnualReportView.Row {
            AnnualReportView.Row(
                label: label, indentedLabel: String(repeating: "　", count: level) + label, level: "l\(level)",
                cells: cells?.map(String.init) ?? [], isHeading: cells == nil)
        }
        var rows = [
            row("一、本年新收政府信息公开申请数量", 0, RequestTable.cells(requests.received)),
            row("二、上年结转政府信息公开申请数量", 0, RequestTable.cells(requests.carriedOver)),
            row("三、本年度办理结果", 0, nil),
        ]
        for (g, group) in RequestOutcome.groups.enumerated() {
            if group.items.isEmpty {
                let outcome = RequestOutcome(group: g + 1, item: nil)
                rows.append(row(group.label, 1, RequestTable.cells(requests.outcomes[outcome] ?? [:])))
                continue
            }
            rows.append(row(group.label, 1, nil))
            for item in group.items.indices {
                let outcome = RequestOutcome(group: g + 1, item: item + 1)
                rows.append(row(outcome.label, 2, RequestTable.cells(requests.outcomes[outcome] ?? [:])))
            }
        }
        rows.append(row("（七）总计", 1, RequestTable.cells(requests.answered)))
        rows.append(row("四、结转下年度继续办理", 0, RequestTable.cells(requests.carriedForward)))
        let rules = [("规章", proactive.regulations), ("行政规范性文件", proactive.normativeDocuments)].map {
            row($0.0, 0, [$0.1.issued, $0.1.repealed, $0.1.inForce])
        }
        let reviewRows = ReviewCase.CaseType.allCases.map {
            AnnualReportView.ReviewRow(
                label: $0.label, cells: (reviews.rows[$0] ?? ReviewTable.Row()).cells.map(String.init))
        }
        return AnnualReportView(
            title: title,
            preamble: "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》"
                + "（国办公开办函〔2021〕30号）编制。本报告所列数据的统计期限自\(year)年1月1日起至\(year)年12月31日止。",
            overview: [overviewParagraph] + sections.overview,
            ruleRows: rules, licensing: String(proactive.licensing), penalties: String(proactive.penalties),
            enforcement: String(proactive.enforcement), fees: proactive.fees.description,
            applicantColumns: ApplicantType.allCases.map(\.label) + ["总计"], requestRows: rows,
            reviewCells: reviews.cells.map(String.init), reviewRows: reviewRows,
            problems: sections.problems, otherMatters: sections.otherMatters)
    }
}
