import AQI

/// Which editions a period answers to. By the data-period rule (aqi-standards.md §0) days before
/// 2026-03-01 fall under HJ 633—2012 and GB 3095—2012 and later days under the 2026 editions, so
/// a period that straddles the switch (the year 2026) answers to both, each for its own days.
enum StandardEditions {
    /// The part of [first, last] under one edition.
    struct Span: Equatable {
        let edition: String
        let first: LocalDate
        let last: LocalDate
    }

    /// The spans of [first, last] under GB 3095—2012 and GB 3095—2026, in date order.
    static func gb3095(first: LocalDate, last: LocalDate) -> [Span] {
        // GB 3095—2026 takes effect with HJ 633—2026 (aqi-standards.md §0).
        let switchDay = Standard.hj633_2026EffectiveDate
        var spans: [Span] = []
        if first < switchDay {
            spans.append(Span(edition: "GB 3095—2012", first: first, last: min(last, switchDay.adding(days: -1))))
        }
        if last >= switchDay { spans.append(Span(edition: "GB 3095—2026", first: max(first, switchDay), last: last)) }
        return spans
    }

    /// The validity table a period's statistics are held to: "GB 3095—2012 表4", or for a period
    /// across the switch "GB 3095—2012 表4（1—2月）、GB 3095—2026 表4（3—12月）". Both editions'
    /// Table 4 ask the same of a month (≥ 27 daily values, February ≥ 25) and of a year (≥ 324).
    static func validityTable(first: LocalDate, last: LocalDate) -> String {
        let spans = gb3095(first: first, last: last)
        guard spans.count > 1 else { return spans.map { "\($0.edition) 表4" }.joined() }
        return spans.map { "\($0.edition) 表4（\(months($0.first, $0.last))）" }.joined(separator: "、")
    }

    /// Why a value short of the days the table asks is only indicative: "有效日数不足 GB 3095—2012
    /// 表4 的要求", naming both editions for a period across the switch.
    static func validityShortfall(first: LocalDate, last: LocalDate) -> String {
        let table = validityTable(first: first, last: last)
        // Chinese text takes a space beside Latin text, none beside a full-width bracket.
        return "有效日数不足 \(table)\(table.hasSuffix("）") ? "" : " ")的要求"
    }

    /// "3月", "1—2月", or the dates when the span is not whole months of one year.
    static func months(_ first: LocalDate, _ last: LocalDate) -> String {
        guard first.year == last.year, first == first.firstOfMonth, last == last.lastOfMonth else {
            return "\(first.chinese)—\(last.chinese)"
        }
        return first.month == last.month ? "\(first.month)月" : "\(first.month)—\(last.month)月"
    }
}
