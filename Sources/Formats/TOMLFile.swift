import TOMLKit

/// A TOML file parsed into plain values (TOMLKit does the parsing), with the line of every
/// key, so that configuration errors can say `FILE:LINE: error: …` (STYLE.md §5).
public struct TOMLFile: Sendable {
    public let file: String
    public let root: TOMLTableValue
    /// Key path (e.g. `stations[1].code`) → 1-based line.
    let lines: [String: Int]

    /// Parses `text`; a syntax error is a diagnostic with TOMLKit's line.
    public init(text: String, file: String) throws(Diagnostic) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Diagnostic(file: file, line: error.source.begin.line, "TOML syntax: \(error.description)")
        } catch {
            throw Diagnostic(file: file, line: nil, "TOML syntax: \(error)")
        }
        self.file = file
        self.root = TOMLTableValue(table, path: [])
        self.lines = TOMLLineLocator.locate(text)
    }

    /// The line of a key path, or of its nearest ancestor that has one.
    public func line(of path: [TOMLPathComponent]) -> Int? {
        var p = path
        while !p.isEmpty {
            if let l = lines[TOMLPathComponent.render(p)] { return l }
            p.removeLast()
        }
        return nil
    }
}

public enum TOMLPathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)

    /// `stations[1].code`
    public static func render(_ path: [TOMLPathComponent]) -> String {
        var s = ""
        for c in path {
            switch c {
            case .key(let k): s += s.isEmpty ? k : "." + k
            case .index(let i): s += "[\(i)]"
            }
        }
        return s
    }
}

/// A TOML value as plain Swift data.
public indirect enum TOMLValue: Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case date(year: Int, month: Int, day: Int)
    /// Times and date-times, as TOMLKit prints them.
    case other(String)
    case array([TOMLValue])
    case table(TOMLTableValue)

    init(_ v: any TOMLValueConvertible, path: [TOMLPathComponent]) {
        if let s = v.string {
            self = .string(s)
        } else if let i = v.int {
            self = .integer(i)
        } else if let d = v.double {
            self = .float(d)
        } else if let b = v.bool {
            self = .bool(b)
        } else if let d = v.date {
            self = .date(year: d.year, month: d.month, day: d.day)
        } else if let t = v.table {
            self = .table(TOMLTableValue(t, path: path))
        } else if let a = v.array {
            self = .array(a.enumerated().map { TOMLValue($1, path: path + [.index($0)]) })
        } else {
            self = .other(v.debugDescription)
        }
    }

    /// "a string", "an integer", … for messages.
    public var kindName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number"
        case .bool: "true or false"
        case .date: "a date"
        case .other: "a time"
        case .array: "an array"
        case .table: "a table"
        }
    }
}

/// A TOML table: its entries in document order, and where it is.
public struct TOMLTableValue: Sendable {
    public let path: [TOMLPathComponent]
    public let entries: [(key: String, value: TOMLValue)]

    init(_ table: TOMLTable, path: [TOMLPathComponent]) {
        self.path = path
        self.entries = table.keys.map { key in (key, TOMLValue(table[key]!, path: path + [.key(key)])) }
    }

    public subscript(key: String) -> TOMLValue? { entries.first { $0.key == key }?.value }
}
