import AQI
import Formats
import Foundation
import Testing

/// One case of aqi-vectors.json (schema: aqi-standards.md §7.1), loaded from the copy in
/// Fixtures/ (refresh it with `cp ../shared/spec/aqi-vectors.json Tests/AQITests/Fixtures/`).
struct VectorCase: CustomTestStringConvertible, Sendable {
    let id: String
    let standard: String
    let report: String
    let roundInputs: Bool
    /// Indicator key → decimal text, or nil for a missing value (JSON null), in file order.
    let inputs: [(String, String?)]
    let nowcastHours: [String?]
    let expected: JSONNode
    let note: String
    /// The case as one NDJSON line, as `airbulletin aqi --batch` reads it.
    let line: String

    var testDescription: String { "\(id): \(note)" }

    static func loadAll() throws -> [VectorCase] {
        let url = Bundle.module.url(forResource: "aqi-vectors", withExtension: "json", subdirectory: "Fixtures")!
        let root = try JSONReader.parse(String(decoding: try Data(contentsOf: url), as: UTF8.self))
        guard case .array(let cases)? = root["cases"] else { throw VectorError.noCases }
        return cases.map { c in
            guard case .object(let inputs)? = c["inputs"] else { fatalError("inputs") }
            var pairs: [(String, String?)] = []
            var hours: [String?] = []
            for (key, value) in inputs {
                if case .array(let items) = value {
                    hours = items.map { if case .string(let s) = $0 { s } else { nil } }
                } else if case .string(let s) = value {
                    pairs.append((key, s))
                } else {
                    pairs.append((key, nil))
                }
            }
            return VectorCase(
                id: c["id"]!.string, standard: c["standard"]!.string, report: c["report"]!.string,
                roundInputs: c["round_inputs"] == .bool(true), inputs: pairs, nowcastHours: hours,
                expected: c["expected"]!, note: c["note"]?.string ?? "", line: c.jsonText)
        }
    }

    enum VectorError: Error { case noCases }
}

extension JSONNode {
    var string: String { if case .string(let s) = self { s } else { "" } }

    static func int(_ i: Int?) -> JSONNode { i.map { .number(String($0)) } ?? .null }
    static func strings(_ a: [String]?) -> JSONNode { a.map { .array($0.map(JSONNode.string)) } ?? .null }
    static func ints(_ a: [Int]?) -> JSONNode { a.map { .array($0.map { .number(String($0)) }) } ?? .null }
    static func text(_ s: String?) -> JSONNode { s.map(JSONNode.string) ?? .null }

    /// Serialises the node back to JSON text (members in their order).
    var jsonText: String {
        var w = JSONWriter()
        write(to: &w)
        return w.text
    }

    private func write(to w: inout JSONWriter) {
        switch self {
        case .null: w.null()
        case .bool(let b): w.bool(b)
        case .number(let n): w.number(n)
        case .string(let s): w.string(s)
        case .array(let items):
            w.beginArray()
            for i in items { i.write(to: &w) }
            w.endArray()
        case .object(let members):
            w.beginObject()
            for (k, v) in members {
                w.key(k)
                v.write(to: &w)
            }
            w.endObject()
        }
    }

    /// The object's members as an unordered dictionary, for comparisons that ignore key order.
    var unordered: [String: JSONNode] {
        guard case .object(let m) = self else { return [:] }
        return Dictionary(m, uniquingKeysWith: { a, _ in a })
    }
}
