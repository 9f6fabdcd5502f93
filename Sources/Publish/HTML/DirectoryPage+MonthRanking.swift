import AQI

extension DirectoryPage {
    /// The month of the latest day, to that day: the areas by 环境空气质量综合指数 (lowest best)
    /// with 优良天数比例 and the change on the same days of last year.
    struct MonthRanking: Sendable {
        struct Row: Sendable {
            let monthRank: String
            let monthHref: String
            let monthName: String
            let monthComposite: String
            let monthChange: String
            let monthRate: String
            let monthValid: String
        }

        let monthHeading: String
        let monthRows: [Row]
        let monthNotes: [String]

        /// - Parameter through: the latest published day; the month runs from its 1st to it.
        init(through last: LocalDate, areas: [Area]) {
            let first = last.firstOfMonth
            let whole = last == last.lastOfMonth
            let name = Wording.month(year: last.year, month: last.month, .chinese)
            let span = whole ? name : "\(name)（1—\(last.day)日）"
            monthHeading = "\(span)城市环境空气质量综合指数排名"
            // The month page's statistics (the whole month: no area has a bulletin after `last`)…
            let limits = GradeTwoLimits.inForce(on: first.lastOfMonth)
            // … against the same days of last year, judged by this month's limits (like for like).
            let lastYearFirst = LocalDate(year: first.year - 1, month: first.month, day: 1)
            let lastYearLast =
                whole
                ? lastYearFirst.lastOfMonth
                : LocalDate(
                    year: lastYearFirst.year, month: first.month,
                    day: min(last.day, LocalDate.daysIn(year: lastYearFirst.year, month: first.month)))
            let entries = areas.map { area in
                let summaries = area.documents.map(DaySummary.init)
                return (
                    area: area, this: PeriodStatistics(first: first, last: first.lastOfMonth, days: summaries),
                    before: PeriodStatistics(first: lastYearFirst, last: lastYearLast, days: summaries)
                )
            }
            let shown = entries.map { entry in
                entry.this.compositeIndex.map { $0.value.rounded(toDecimals: 2, .halfEven) }
            }
            // Lowest first, then in area-code order (the order of `areas`); no index last.
            let order = entries.indices.sorted { a, b in
                switch (shown[a], shown[b]) {
                case (let x?, let y?): x < y || (x == y && a < b)
                case (_?, nil): true
                case (nil, _?): false
                case (nil, nil): a < b
                }
            }
            let ranks = DirectoryPage.ranks(order.compactMap { shown[$0] })
            monthRows = order.enumerated().map { position, n in
                let (area, this, before) = entries[n]
                let hasMonth = area.documents.contains { $0.date.year == first.year && $0.date.month == first.month }
                let change = this.compositeIndex.flatMap { now in
                    before.compositeIndex.map { PeriodFormat.change(from: $0.value(under: now.limits), to: now.value) }
                }
                return Row(
                    monthRank: position < ranks.count ? "\(ranks[position])" : "—",
                    monthHref: area.href(
                        hasMonth ? SitePaths.monthStem(year: first.year, month: first.month) + ".html" : SitePaths.index
                    ),
                    monthName: area.identity.area.name,
                    monthComposite: shown[n].map(\.description) ?? "—", monthChange: change ?? "—",
                    monthRate: this.goodRate.map { PeriodFormat.percent($0) + "%" } ?? "—",
                    monthValid: "\(this.daysValid)")
            }
            let lastYearSpan =
                whole
                ? Wording.month(year: lastYearFirst.year, month: first.month, .chinese)
                : "\(lastYearFirst.year)年\(first.month)月1—\(lastYearLast.day)日"
            monthNotes = [
                "综合指数为 SO2、NO2、PM10、PM2.5 平均浓度及 CO 日均值第95百分位数、O3 日最大8小时平均第90百分位数"
                    + "与 \(limits.name) 二级浓度限值之比的和，数值越小空气质量越好，相同者并列。",
                "同比变化与\(lastYearSpan)相比，上年同期的综合指数也按 \(limits.name) 二级浓度限值计算；上年同期无数据的为“—”。",
                "有效天数少于 \(StandardEditions.validityTable(first: first, last: first.lastOfMonth)) 的要求"
                    + "（每月至少27个日平均浓度值，二月至少25个）时，数值仅供参考。",
            ]
        }
    }
}

extension CompositeIndex {
    /// The index of the same period values against other grade-II limits: each part rescaled,
    /// so that a change across the switch of editions compares like with like.
    func value(under other: GradeTwoLimits) -> Rational {
        parts.reduce(Rational.zero) { sum, part in sum + part.value * limits.limit(part.key) / other.limit(part.key) }
    }
}
