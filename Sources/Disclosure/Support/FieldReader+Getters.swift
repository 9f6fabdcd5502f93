import AQI
import Formats
import Identity

/// The typed getters: each checks its value, records a diagnostic naming the key and returns
/// nil on a problem.
extension FieldReader {
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
