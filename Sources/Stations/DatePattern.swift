import AQI

/// How `{date:…}` writes a date: `yyyy`, `yy`, `MM`, `M`, `dd`, `d` and the separators
/// `- _ . /` (README: URL templates). Letters mean what they mean in Unicode TR 35 patterns,
/// but nothing else of TR 35 is accepted, so a typo cannot silently become a different file.
struct DatePattern: Sendable, Hashable {
    enum Field: Sendable, Hashable {
        case year4, year2, month2, month1, day2, day1
        case separator(Character)
    }

    let fields: [Field]

    /// `{date}` alone: ISO 8601, as `--date` takes it.
    static let iso = DatePattern(fields: [.year4, .separator("-"), .month2, .separator("-"), .day2])

    private init(fields: [Field]) { self.fields = fields }

    init(parsing pattern: Substring) throws(URLTemplate.Problem) {
        var fields: [Field] = []
        var i = pattern.startIndex
        while i < pattern.endIndex {
            let c = pattern[i]
            let run = pattern[i...].prefix { $0 == c }
            i = run.endIndex
            switch (c, run.count) {
            case ("y", 4): fields.append(.year4)
            case ("y", 2): fields.append(.year2)
            case ("M", 2): fields.append(.month2)
            case ("M", 1): fields.append(.month1)
            case ("d", 2): fields.append(.day2)
            case ("d", 1): fields.append(.day1)
            case ("-", _), ("_", _), (".", _), ("/", _): fields += Array(repeating: .separator(c), count: run.count)
            default: throw Self.unknown(pattern)
            }
        }
        guard fields.contains(where: { if case .separator = $0 { false } else { true } }) else {
            throw Self.unknown(pattern)
        }
        self.fields = fields
    }

    private static func unknown(_ pattern: Substring) -> URLTemplate.Problem {
        URLTemplate.Problem(
            "unknown date format \"\(pattern)\" (write it with yyyy, yy, MM, M, dd, d and the separators - _ . /)")
    }

    func format(_ date: LocalDate) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        var out = ""
        for field in fields {
            switch field {
            case .year4: out += pad(date.year, 4)
            case .year2: out += pad(date.year % 100, 2)
            case .month2: out += pad(date.month, 2)
            case .month1: out += String(date.month)
            case .day2: out += pad(date.day, 2)
            case .day1: out += String(date.day)
            case .separator(let c): out.append(c)
            }
        }
        return out
    }
}
