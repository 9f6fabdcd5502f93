import Formats

/// The envelope every OpenAQ API v3 response shares (peers-and-disclosure.md §1.1):
/// `{"meta": {…}, "results": [ … ]}`, each result with the line where it starts.
struct OpenAQResponse {
    let results: [(node: JSONNode, line: Int)]

    init(_ bytes: [UInt8], file: String) throws(Diagnostic) {
        if let line = TextEncoding.firstLineNotUTF8(bytes) {
            throw Diagnostic(file: file, line: line, "not UTF-8, so not an OpenAQ response (JSON is always UTF-8)")
        }
        let root: JSONNode
        let lines: [Int]
        do {
            (root, lines) = try JSONReader.parse(bytes, elementLinesAt: ["results"])
        } catch {
            throw Diagnostic(file: file, line: error.line, "not valid JSON: \(error)")
        }
        if case .object(let members) = root, members.count(where: { $0.0 == "results" }) > 1 {
            throw Diagnostic(file: file, line: 1, "not an OpenAQ v3 response: \"results\" appears twice")
        }
        guard case .array(let items) = root["results"] else {
            throw Diagnostic(
                file: file, line: 1, "not an OpenAQ v3 response: expected an object with a \"results\" array")
        }
        results = Array(zip(items, lines))
    }
}
