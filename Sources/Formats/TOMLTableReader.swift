/// Collects diagnostics while a configuration file is read, so that one run reports every
/// problem at once (`airbulletin stations check`).
public final class DiagnosticCollector {
    public private(set) var items: [Diagnostic] = []
    public init() {}
    public func add(_ d: Diagnostic) { items.append(d) }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }
}

/// Reads one TOML table with typed getters. A missing required key, a value of the wrong type
/// or an unknown key becomes a diagnostic naming the file, line and key; the getter then
/// returns nil and reading goes on.
public struct TOMLTableReader {
    public let document: TOMLFile
    public let table: TOMLTableValue
    public let diagnostics: DiagnosticCollector

    public init(document: TOMLFile, diagnostics: DiagnosticCollector) {
        self.init(document: document, table: document.root, diagnostics: diagnostics)
    }

    init(document: TOMLFile, table: TOMLTableValue, diagnostics: DiagnosticCollector) {
        self.document = document
        self.table = table
        self.diagnostics = diagnostics
    }

    /// How the table is named in messages: `[area]`, `[[stations]] #2`, `the top level`; a table
    /// inside an array of tables names its container too: `[[area.station]] #2 of [[area]] #1`.
    public var name: String {
        guard !table.path.isEmpty else { return "the top level" }
        var keys: [String] = []
        var containers: [String] = []
        for (n, component) in table.path.enumerated() {
            switch component {
            case .key(let k): keys.append(k)
            case .index(let i) where n < table.path.count - 1:
                containers.insert("[[\(keys.joined(separator: "."))]] #\(i + 1)", at: 0)
            case .index: break
            }
        }
        var text = "[\(keys.joined(separator: "."))]"
        if case .index(let i) = table.path.last { text = "[\(text)] #\(i + 1)" }
        return ([text] + containers).joined(separator: " of ")
    }

    public func line(of key: String? = nil) -> Int? {
        document.line(of: key.map { table.path + [.key($0)] } ?? table.path)
    }

    public func has(_ key: String) -> Bool { table[key] != nil }

    /// Records an error at the key's line (or the table's when the key is absent).
    public func error(_ key: String?, _ message: String) {
        diagnostics.add(Diagnostic(file: document.file, line: line(of: key.flatMap { has($0) ? $0 : nil }), message))
    }

    public func warning(_ key: String?, _ message: String) {
        diagnostics.add(
            Diagnostic(
                file: document.file, line: line(of: key.flatMap { has($0) ? $0 : nil }), message, severity: .warning))
    }

    /// Reports every key not in `allowed`.
    public func allowOnly(_ allowed: [String]) {
        for (key, _) in table.entries where !allowed.contains(key) {
            error(key, "unknown key \(Excerpt(key)) in \(name) (expected one of \(allowed.joined(separator: ", ")))")
        }
    }

    private func value(_ key: String, required: Bool) -> TOMLValue? {
        guard let v = table[key] else {
            if required { error(nil, "missing key \"\(key)\" in \(name)") }
            return nil
        }
        return v
    }

    private func mismatch(_ key: String, _ expected: String, _ v: TOMLValue) {
        error(key, "\"\(key)\" must be \(expected), found \(v.kindName)")
    }

    public func string(_ key: String, required: Bool = true) -> String? {
        guard let v = value(key, required: required) else { return nil }
        guard case .string(let s) = v else {
            mismatch(key, "a string", v)
            return nil
        }
        return s
    }

    /// A string of at most `maximumLength` characters (Unicode scalars); a longer one is an error
    /// that gives its length, never its text: `"name" is 1,000,000 characters long; at most 100`.
    public func string(_ key: String, required: Bool = true, maximumLength: Int) -> String? {
        guard let s = string(key, required: required) else { return nil }
        let length = s.scalarCount
        guard length <= maximumLength else {
            error(
                key,
                "\"\(key)\" is \(length.groupedThousands) characters long; at most \(maximumLength.groupedThousands)")
            return nil
        }
        return s
    }

    public func int(_ key: String, required: Bool = true) -> Int? {
        guard let v = value(key, required: required) else { return nil }
        guard case .integer(let i) = v else {
            mismatch(key, "an integer", v)
            return nil
        }
        return i
    }

    /// A number: integers are accepted too.
    public func double(_ key: String, required: Bool = true) -> Double? {
        guard let v = value(key, required: required) else { return nil }
        switch v {
        case .float(let d): return d
        case .integer(let i): return Double(i)
        default:
            mismatch(key, "a number", v)
            return nil
        }
    }

    public func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let v = value(key, required: required) else { return nil }
        guard case .bool(let b) = v else {
            mismatch(key, "true or false", v)
            return nil
        }
        return b
    }

    /// A TOML local date (`2025-01-15`, unquoted) or a string in that form.
    public func date(_ key: String, required: Bool = true) -> (year: Int, month: Int, day: Int)? {
        guard let v = value(key, required: required) else { return nil }
        switch v {
        case .date(let y, let m, let d): return (y, m, d)
        case .string(let s):
            let parts = s.split(separator: "-")
            if parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
                let d = Int(parts[2])
            {
                return (y, m, d)
            }
            error(key, "\"\(key)\" must be a date such as 2025-01-15, found \(Excerpt(s))")
            return nil
        default:
            mismatch(key, "a date such as 2025-01-15", v)
            return nil
        }
    }

    public func strings(_ key: String, required: Bool = true) -> [String]? {
        guard let v = value(key, required: required) else { return nil }
        guard case .array(let items) = v else {
            mismatch(key, "an array of strings", v)
            return nil
        }
        var out: [String] = []
        for item in items {
            guard case .string(let s) = item else {
                mismatch(key, "an array of strings", item)
                return nil
            }
            out.append(s)
        }
        return out
    }

    public func table(_ key: String, required: Bool = true) -> TOMLTableReader? {
        guard let v = value(key, required: required) else { return nil }
        guard case .table(let t) = v else {
            mismatch(key, "a table", v)
            return nil
        }
        return TOMLTableReader(document: document, table: t, diagnostics: diagnostics)
    }

    /// An array of tables (`[[key]]` or `key = [{…}, …]`).
    public func tables(_ key: String, required: Bool = true) -> [TOMLTableReader]? {
        guard let v = value(key, required: required) else { return nil }
        guard case .array(let items) = v else {
            mismatch(key, "an array of tables", v)
            return nil
        }
        var out: [TOMLTableReader] = []
        for item in items {
            guard case .table(let t) = item else {
                mismatch(key, "an array of tables", item)
                return nil
            }
            out.append(TOMLTableReader(document: document, table: t, diagnostics: diagnostics))
        }
        return out
    }
}
