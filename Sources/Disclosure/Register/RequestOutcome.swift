/// 本年度办理结果: the outcome rows of table 三, every leaf of the 2021 format. Codes are the
/// row numbers: `1` （一）予以公开, `3.4` （三）不予公开 4.保护第三方合法权益 …
public struct RequestOutcome: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let group: Int
    /// 1-based item within groups 3–6; nil for groups 1 and 2.
    public let item: Int?

    public static let groups: [(label: String, items: [String])] = [
        ("（一）予以公开", []),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", []),
        (
            "（三）不予公开",
            [
                "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
                "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
            ]
        ),
        ("（四）无法提供", ["1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
        (
            "（五）不予处理",
            ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"]
        ),
        (
            "（六）其他处理",
            [
                "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他",
            ]
        ),
    ]

    /// Every leaf in table order.
    public static let all: [RequestOutcome] = groups.enumerated().flatMap { g, group in
        group.items.isEmpty
            ? [RequestOutcome(group: g + 1, item: nil)]
            : (1...group.items.count).map { RequestOutcome(group: g + 1, item: $0) }
    }

    public static let codes = all.map(\.code).joined(separator: ", ")

    init(group: Int, item: Int?) {
        self.group = group
        self.item = item
    }

    /// `1`, `2`, `3.1` … `6.3`.
    public init?(code: String) {
        guard let outcome = RequestOutcome.all.first(where: { $0.code == code }) else { return nil }
        self = outcome
    }

    public var code: String { item.map { "\(group).\($0)" } ?? String(group) }

    /// The row's own label: `（一）予以公开` or `4.保护第三方合法权益`.
    public var label: String {
        let g = RequestOutcome.groups[group - 1]
        return item.map { g.items[$0 - 1] } ?? g.label
    }

    public var description: String { code }

    public static func < (a: RequestOutcome, b: RequestOutcome) -> Bool {
        (a.group, a.item ?? 0) < (b.group, b.item ?? 0)
    }
}
