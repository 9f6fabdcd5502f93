import AQI

/// 政府信息公开工作年度报告 in the 2021 format (国办公开办函〔2021〕30号): six sections, the
/// three tables filled from what was published and registered.
public struct AnnualReport: Sendable, Equatable {
    /// Table 二、主动公开政府信息情况.
    public struct ProactiveTable: Sendable, Equatable {
        /// 第二十条第（一）项
        public var regulations: AnnualInput.RuleCounts
        public var normativeDocuments: AnnualInput.RuleCounts
        /// 第二十条第（五）项 行政许可: EIA 批复 decided in the year.
        public var licensing: Int
        /// 第二十条第（六）项 行政处罚 and 行政强制: decisions of the year.
        public var penalties: Int
        public var enforcement: Int
        /// 第二十条第（八）项 行政事业性收费, 万元.
        public var fees: ExactDecimal
    }

    /// The counts 一、总体情况 states.
    public struct Overview: Sendable, Equatable {
        /// Items published in the year by category (daily bulletins included).
        public var itemCounts: [DisclosureCategory: Int]
        public var requestsReceived: Int
        public var requestsCarriedOver: Int
        public var requestsAnswered: Int
        public var requestsCarriedForward: Int
        public var reconsiderations: Int
        public var litigations: Int

        /// 主动公开 in all, the generated air-quality bulletins (daily and monthly, stated on their
        /// own) left out, as Wenshan's 2018 report counts its 215 items.
        public var proactiveTotal: Int {
            itemCounts.filter { $0.key != .airQualityDaily && $0.key != .airQualityMonthly }.values.reduce(0, +)
        }
    }

    public var year: Int
    /// The reporting body (发布机构).
    public var organisation: String
    public var overview: Overview
    public var proactive: ProactiveTable
    public var requests: RequestTable
    public var reviews: ReviewTable
    public var sections: AnnualSections

    /// `文山市生态环境局2018年政府信息公开工作年度报告`
    public var title: String { "\(organisation)\(year)年政府信息公开工作年度报告" }
}

extension AnnualReport {
    /// Builds the report of `year`. Table 二's decisions are counted by decision date, so pass
    /// the notices published in the year and the next (a 批复 of 28 December published in
    /// January belongs to the year it was decided); withdrawn notices are not counted in
    /// table 二 (the withdrawal says the decision no longer stands, and a changed decision is
    /// published again as a new notice), while 一 counts every item published. Throws when
    /// table 三 does not balance.
    public static func build(
        year: Int, organisation: String, itemCounts: [DisclosureCategory: Int], notices: [Notice],
        requests: [DisclosureRequest], cases: [ReviewCase], input: AnnualInput, sections: AnnualSections
    ) throws(AnnualReportError) -> AnnualReport {
        func decisions(_ kind: NoticeKind) -> Int {
            notices.filter { $0.kind == kind && $0.withdrawal == nil && $0.content.decisionDate?.year == year }.count
        }
        var table = RequestTable(year: year, requests: requests)
        if let published = input.previousReportCarriedOver { table.carriedOver = published }
        table = try table.checked()
        let reviews = ReviewTable(year: year, cases: cases)
        let reviewRows = reviews.rows
        let overview = Overview(
            itemCounts: itemCounts, requestsReceived: RequestTable.cells(table.received).last!,
            requestsCarriedOver: RequestTable.cells(table.carriedOver).last!,
            requestsAnswered: RequestTable.cells(table.answered).last!,
            requestsCarriedForward: RequestTable.cells(table.carriedForward).last!,
            reconsiderations: reviewRows[.reconsideration]?.total ?? 0,
            litigations: (reviewRows[.litigationDirect]?.total ?? 0)
                + (reviewRows[.litigationAfterReconsideration]?.total ?? 0))
        let proactive = ProactiveTable(
            regulations: input.regulations, normativeDocuments: input.normativeDocuments,
            licensing: decisions(.eiaApproval), penalties: decisions(.penalty), enforcement: decisions(.enforcement),
            fees: input.fees)
        return AnnualReport(
            year: year, organisation: organisation, overview: overview, proactive: proactive, requests: table,
            reviews: reviews, sections: sections)
    }

    /// The opening paragraph of 一、总体情况, with the counts by category as the bureau's reports
    /// state them (e.g. Wenshan 2018: 全年共主动公开政府信息215条，其中…).
    public var overviewParagraph: String {
        let o = overview
        let order: [DisclosureCategory] = [
            .eiaApproval, .completionAcceptance, .keyEnterprise, .penalty, .enforcement, .news, .other,
        ]
        let parts = order.compactMap { c in o.itemCounts[c].flatMap { $0 > 0 ? "\(c.label)\($0)条" : nil } }
        var text = "\(year)年，\(organisation)全年共主动公开政府信息\(o.proactiveTotal)条"
        text += parts.isEmpty ? "。" : "，其中" + parts.joined(separator: "、") + "。"
        if let daily = o.itemCounts[.airQualityDaily], daily > 0 {
            text += "空气质量日报每日发布，全年发布\(daily)期"
            text += o.itemCounts[.airQualityMonthly].map { $0 > 0 ? "，空气质量月报\($0)期。" : "。" } ?? "。"
        }
        text += "全年收到政府信息公开申请\(o.requestsReceived)件，上年结转\(o.requestsCarriedOver)件，"
        text += "本年度办结\(o.requestsAnswered)件，结转下年度继续办理\(o.requestsCarriedForward)件；"
        text += "发生政府信息公开行政复议\(o.reconsiderations)件、行政诉讼\(o.litigations)件。"
        return text
    }
}
