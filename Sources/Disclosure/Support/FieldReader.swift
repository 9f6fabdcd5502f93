import AQI
import Formats

/// Reads the fields of one record (a notice, a request, a case) from a TOML table or a CSV row
/// with typed getters. A problem becomes a diagnostic naming the file, line and key; the getter
/// returns nil and reading goes on, so one run reports every problem of a file.
final class FieldReader {
    let file: String
    /// `[[notice]] #2` when the file holds several tables; nil for a single table or a CSV row.
    let place: String?
    let values: [String: RawValue]
    let diagnostics: DiagnosticCollector
    /// The line of a key, or of the record for nil.
    let lineOf: (String?) -> Int?
    /// The Chinese name of each key, shown after it in messages: `"project" (项目名称)`.
    let labels: [String: String]

    init(
        file: String, place: String?, values: [String: RawValue], labels: [String: String],
        diagnostics: DiagnosticCollector, lineOf: @escaping (String?) -> Int?
    ) {
        self.file = file
        self.place = place
        self.values = values
        self.labels = labels
        self.diagnostics = diagnostics
        self.lineOf = lineOf
    }

    /// A TOML table's fields.
    convenience init(_ table: TOMLTableReader, place: String?, labels: [String: String]) {
        var values: [String: RawValue] = [:]
        for (key, value) in table.table.entries { values[key] = RawValue(value) }
        self.init(
            file: table.document.file, place: place, values: values, labels: labels,
            diagnostics: table.diagnostics, lineOf: { key in table.line(of: key.flatMap { table.has($0) ? $0 : nil }) })
    }

    /// A CSV row's non-empty cells, named by the header.
    convenience init(
        file: String, line: Int, header: [String], fields: [String], labels: [String: String],
        diagnostics: DiagnosticCollector
    ) {
        var values: [String: RawValue] = [:]
        for (key, cell) in zip(header, fields) where !cell.trimmingWhitespace().isEmpty { values[key] = .text(cell) }
        self.init(
            file: file, place: nil, values: values, labels: labels, diagnostics: diagnostics, lineOf: { _ in line })
    }

    var keys: [String] { values.keys.sorted() }
    func has(_ key: String) -> Bool { values[key] != nil }

    func error(_ key: String?, _ message: String) {
        diagnostics.add(Diagnostic(file: file, line: lineOf(key), message))
    }

    func warning(_ key: String?, _ message: String) {
        diagnostics.add(Diagnostic(file: file, line: lineOf(key), message, severity: .warning))
    }

    /// `"project" (项目名称)`
    func name(_ key: String) -> String {
        labels[key].map { "\"\(key)\" (\($0))" } ?? "\"\(key)\""
    }

    func missing(_ key: String, _ why: String) {
        error(nil, "missing \(name(key))\(place.map { " in \($0)" } ?? ""), \(why)")
    }

    /// Reports `key` when present: it does not belong in this record.
    func forbid(_ key: String, _ why: String) {
        if has(key) { error(key, "\(name(key)) \(why); remove it") }
    }

    /// Reports `later` when it is before `earlier`.
    func requireOrder(_ earlierKey: String, _ earlier: LocalDate?, _ laterKey: String, _ later: LocalDate?) {
        if let earlier, let later, later < earlier {
            error(laterKey, "\(name(laterKey)) \(later) is before \(name(earlierKey)) \(earlier)")
        }
    }

    // MARK: - Typed getters

    /// A one-line or paragraph text, normalised and checked against `TextRules`.
    func text(_ key: String, shape: TextRules.Shape = .line, limit: Int? = nil, requiredFor why: String?) -> String? {
        guard let raw = values[key] else {
            if let why { missing(key, why) }
            return nil
        }
        guard case .text(let s) = raw else {
            error(key, "\(name(key)) must be text, found \(raw.found)")
            return nil
        }
        let value = TextRules.normalized(s, shape: shape)
        let max = limit ?? (shape == .line ? TextRules.lineLimit : TextRules.paragraphLimit)
        if let problem = TextRules.problem(in: value, shape: shape, limit: max) {
            error(key, "\(name(key)) \(problem)")
            return nil
        }
        guard !value.isEmpty else {
            error(key, "\(name(key)) is empty")
            return nil
        }
        return value
    }

    func date(_ key: String, requiredFor why: String?) -> LocalDate? {
        guard let raw = values[key] else {
            if let why { missing(key, why) }
            return nil
        }
        switch raw {
        case .date(let y, let m, let d):
            if let date = LocalDate.validated(year: y, month: m, day: d) { return date }
        case .text(let s):
            if let date = LocalDate(iso: s.trimmingWhitespace()), s.contains("-") { return date }
        default: break
        }
        error(key, "\(name(key)) must be a date such as 2025-01-15, found \(raw.found)")
        return nil
    }

    func integer(_ key: String, in range: ClosedRange<Int>, example: String, requiredFor why: String?) -> Int? {
        guard let raw = values[key] else {
            if let why { missing(key, why) }
            return nil
        }
        var value: Int?
        switch raw {
        case .integer(let i): value = i
        case .text(let s): value = Int(s.trimmingWhitespace())
        default: break
        }
        guard let value, range.contains(value) else {
            error(key, "\(name(key)) must be \(example), found \(raw.found)")
            return nil
        }
        return value
    }

    /// One of `options` (compared after trimming).
    func choice(_ key: String, _ options: [String], requiredFor why: String?) -> String? {
        guard let value = text(key, requiredFor: why) else { return nil }
        guard options.contains(value) else {
            error(key, "\(name(key)) must be one of \(options.joined(separator: ", ")), found \"\(value)\"")
            return nil
        }
        return value
    }

    /// A list of one-line items: a TOML array of strings, or text separated by `;` (a CSV cell).
    func list(_ key: String, requiredFor why: String?) -> [String]? {
        guard let raw = values[key] else {
            if let why { missing(key, why) }
            return nil
        }
        var items: [String] = []
        switch raw {
        case .text(let s): items = s.split(whereSeparator: { $0 == ";" || $0 == "；" }).map(String.init)
        case .list(let elements):
            for element in elements {
                guard case .text(let s) = element else {
                    error(key, "\(name(key)) must be an array of strings, found \(element.found) in it")
                    return nil
                }
                items.append(s)
            }
        default:
            error(key, "\(name(key)) must be an array of strings, found \(raw.found)")
            return nil
        }
        items = items.map { TextRules.normalized($0, shape: .line) }.filter { !$0.isEmpty }
        guard !items.isEmpty, items.count <= 100 else {
            error(key, "\(name(key)) must list 1 to 100 items, found \(items.count)")
            return nil
        }
        for item in items {
            if let problem = TextRules.problem(in: item, shape: .line, limit: TextRules.lineLimit) {
                error(key, "an item of \(name(key)) \(problem)")
                return nil
            }
        }
        return items
    }

    /// An `http://` or `https://` link (never `javascript:` or a relative path).
    func url(_ key: String) -> String? {
        guard let value = text(key, limit: TextRules.urlLimit, requiredFor: nil) else { return nil }
        let lower = value.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !value.contains(where: \.isWhitespace),
            value.count > 8
        else {
            error(key, "\(name(key)) must be an http:// or https:// link, found \"\(value)\"")
            return nil
        }
        return value
    }

    func creditCode(_ key: String, requiredFor why: String?) -> CreditCode? {
        guard let value = text(key, requiredFor: why) else { return nil }
        do {
            return try CreditCode(value)
        } catch {
            self.error(key, "\(name(key)) \"\(value)\" \(error)")
            return nil
        }
    }
}
