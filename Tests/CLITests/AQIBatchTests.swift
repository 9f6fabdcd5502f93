import Formats
import Foundation
import Testing

/// Every case of aqi-vectors.json through `airbulletin aqi --batch` (issue: "also through --batch").
@Suite struct AQIBatchTests {
    static func vectorLines() throws -> [(id: String, line: String, expected: JSONNode)] {
        let url = CLI.packageRoot.appendingPathComponent("Tests/AQITests/Fixtures/aqi-vectors.json")
        let root = try JSONReader.parse(String(decoding: try Data(contentsOf: url), as: UTF8.self))
        guard case .array(let cases)? = root["cases"] else { return [] }
        return cases.map { c in
            guard case .string(let id)? = c["id"] else { fatalError() }
            return (id, c.jsonLine, c["expected"]!)
        }
    }

    @Test func everyVectorPassesThroughBatchAndABadLineDoesNotStopTheRest() throws {
        let vectors = try Self.vectorLines()
        #expect(vectors.count == 88)
        var input = vectors.map(\.line)
        input.insert("{\"standard\": \"hj633-2026\", \"inputs\": {\"PM2_5_24H\": \"x\"}}", at: 10)
        let r = try CLI.run(["aqi", "--batch"], stdin: input.joined(separator: "\n") + "\n")
        #expect(r.status == 0)
        #expect(r.stderr == "aqi --batch: 1 of 89 lines had errors\n")
        let out = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(out.count == 89)
        #expect(out[10] == "{\"error\":\"PM2_5_24H: \\\"x\\\" is not a number\",\"line\":11}")
        var results = out
        results.remove(at: 10)
        for (vector, line) in zip(vectors, results) {
            let got = try JSONReader.parse(line)
            #expect(got["id"] == .string(vector.id))
            guard case .object(let expected) = vector.expected else { continue }
            for (key, value) in expected {
                #expect(got[key]?.normalized == value.normalized, "\(vector.id) \(key)")
            }
        }
    }

    @Test(arguments: [
        ("not json", "{\"error\":\"not JSON: unexpected character at character 1\",\"line\":1}"),
        ("[1]", "{\"error\":\"expected a JSON object, found an array\",\"line\":1}"),
        (
            "{\"inputs\": {\"PM2_5_24H\": 3}, \"colour\": 1}",
            "{\"error\":\"unknown key \\\"colour\\\" (expected standard, report, round_inputs, inputs, id, date)\",\"line\":1}"
        ),
        (
            "{\"standard\": \"hj633-2026\", \"inputs\": {\"PM2_5_24H\": -1}}",
            "{\"error\":\"PM2_5_24H: -1 is negative (a concentration cannot be below zero)\",\"line\":1}"
        ),
        (
            "{\"standard\": \"hj633-2026\", \"inputs\": {\"PM2_5_24H\": 35.5}}",
            "{\"standard\":\"hj633-2026\",\"report\":\"daily\",\"rounded_concentrations\":{\"PM2_5_24H\":\"36\"},\"iaqi\":{\"SO2_24H\":null,\"NO2_24H\":null,\"CO_24H\":null,\"O3_8H\":null,\"PM10_24H\":null,\"PM2_5_24H\":52},\"aqi_computed\":52,\"aqi\":null,\"level\":null,\"level_name\":null,\"category\":null,\"color_name\":null,\"rgb\":null,\"hex\":null,\"primary_pollutants\":null,\"primary_indicators\":null,\"iaqi_over_100\":[],\"missing_indicators\":[\"SO2_24H\",\"NO2_24H\",\"CO_24H\",\"O3_8H\",\"PM10_24H\"]}"
        ),
    ])
    func eachLineGetsOneAnswer(_ line: String, _ expected: String) throws {
        let r = try CLI.run(["aqi", "--batch"], stdin: line + "\n")
        #expect(r.stdout == expected + "\n")
    }
}

extension JSONNode {
    /// The node as one line of JSON.
    var jsonLine: String {
        var w = JSONWriter()
        write(&w)
        return w.text
    }

    private func write(_ w: inout JSONWriter) {
        switch self {
        case .null: w.null()
        case .bool(let b): w.bool(b)
        case .number(let n): w.number(n)
        case .string(let s): w.string(s)
        case .array(let a):
            w.beginArray()
            for x in a { x.write(&w) }
            w.endArray()
        case .object(let m):
            w.beginObject()
            for (k, v) in m {
                w.key(k)
                v.write(&w)
            }
            w.endObject()
        }
    }

    /// Objects compared without regard to key order.
    var normalized: String {
        switch self {
        case .object(let m):
            "{" + m.sorted { $0.0 < $1.0 }.map { "\($0.0):\($0.1.normalized)" }.joined(separator: ",") + "}"
        case .array(let a): "[" + a.map(\.normalized).joined(separator: ",") + "]"
        default: jsonLine
        }
    }
}
