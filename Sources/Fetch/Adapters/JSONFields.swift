import Formats

/// Why a field of a result cannot be used, e.g. `missing field "period.datetimeTo.utc"`.
struct FieldProblem: Error {
    enum Kind { case missing, null, mismatch }
    let kind: Kind
    let message: String
}

/// Reads the fields of one JSON object by dotted path, naming a missing or mistyped field
/// by its full path (`sensors[2].parameter.units`).
struct JSONFields {
    let node: JSONNode
    /// Prepended to paths in messages.
    var prefix = ""

    /// A key given twice on the way is a problem, not a guess: RFC 8259 §4 leaves the value of a
    /// repeated name to the reader, and readers differ.
    func value(_ path: String) throws(FieldProblem) -> JSONNode {
        var current = node
        var walked = prefix
        for key in path.split(separator: ".") {
            walked += (walked == prefix ? "" : ".") + key
            var found: JSONNode?
            if case .object(let members) = current {
                for (name, value) in members where name == key {
                    guard found == nil else {
                        throw FieldProblem(kind: .mismatch, message: "field \"\(walked)\" appears twice")
                    }
                    found = value
                }
            }
            guard let next = found else {
                throw FieldProblem(kind: .missing, message: "missing field \"\(prefix)\(path)\"")
            }
            current = next
        }
        if current == .null { throw FieldProblem(kind: .null, message: "field \"\(prefix)\(path)\" is null") }
        return current
    }

    private func mismatch(_ path: String, _ expected: String, _ found: JSONNode) -> FieldProblem {
        FieldProblem(
            kind: .mismatch, message: "field \"\(prefix)\(path)\" must be \(expected), found \(found.kindName)")
    }

    func string(_ path: String) throws(FieldProblem) -> String {
        let v = try value(path)
        guard case .string(let s) = v else { throw mismatch(path, "a string", v) }
        return s
    }

    /// The number's literal text, never a binary double.
    func number(_ path: String) throws(FieldProblem) -> String {
        let v = try value(path)
        guard case .number(let n) = v else { throw mismatch(path, "a number", v) }
        return n
    }

    func int(_ path: String) throws(FieldProblem) -> Int {
        let v = try value(path)
        guard case .number(let n) = v, let i = Int(n) else { throw mismatch(path, "an integer", v) }
        return i
    }

    func bool(_ path: String) throws(FieldProblem) -> Bool {
        let v = try value(path)
        guard case .bool(let b) = v else { throw mismatch(path, "true or false", v) }
        return b
    }

    func array(_ path: String) throws(FieldProblem) -> [JSONNode] {
        let v = try value(path)
        guard case .array(let items) = v else { throw mismatch(path, "an array", v) }
        return items
    }

    /// A string that may be absent or null.
    func optionalString(_ path: String) throws(FieldProblem) -> String? {
        do {
            return try string(path)
        } catch {
            guard error.kind == .mismatch else { return nil }
            throw error
        }
    }
}
