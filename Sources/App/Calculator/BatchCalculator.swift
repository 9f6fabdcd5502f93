import AQI
import Formats

/// `airbulletin aqi --batch`: NDJSON in, NDJSON out, one result line per input line, in order,
/// in constant memory. A bad line yields `{"error": …, "line": N}` and the rest go on.
public enum BatchCalculator {
    public struct Summary: Sendable, Equatable {
        public var lines = 0
        public var errors = 0
    }

    /// - Parameters:
    ///   - standard: for lines without `standard`; `auto` resolves by the line's `date`, else `today`.
    ///   - nextLine: returns the next input line without its newline, nil at the end.
    ///   - write: receives output text in chunks.
    public static func run(
        standard: StandardChoice, today: LocalDate,
        nextLine: () -> String?, write: (String) -> Void
    ) -> Summary {
        var summary = Summary()
        var buffer = ""
        buffer.reserveCapacity(1 << 16)
        while let line = nextLine() {
            summary.lines += 1
            let (text, failed) = answer(line, number: summary.lines, standard: standard, today: today)
            if failed { summary.errors += 1 }
            buffer += text
            buffer += "\n"
            if buffer.utf8.count >= 1 << 16 {
                write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { write(buffer) }
        return summary
    }

    /// The answer to one line (the general way, which every line may take): a result object, or
    /// `{"error": …, "line": N}` with `failed` set.
    static func answer(_ line: String, number: Int, standard: StandardChoice, today: LocalDate) -> (
        text: String, failed: Bool
    ) {
        do {
            let (request, id) = try request(from: line, standard: standard, today: today)
            return (
                CalculatorResult(request).json(standard: request.standard, report: request.reportName, id: id), false
            )
        } catch {
            var w = JSONWriter()
            w.beginObject()
            w.field("error", error.message)
            w.field("line", number)
            w.endObject()
            return (w.text, true)
        }
    }

    static let topLevelKeys: Set<String> = [
        "id", "standard", "report", "round_inputs", "inputs", "date", "note", "expected",
    ]

    /// Reads one line shaped like a test vector: `standard`, `report`, `round_inputs`, `inputs`,
    /// and optionally `id` (echoed), `date` (for `auto`); a vector's `note` and `expected` are ignored.
    static func request(from line: String, standard: StandardChoice, today: LocalDate) throws(UsageError) -> (
        CalculatorRequest, String?
    ) {
        let node: JSONNode
        do { node = try JSONReader.parse(line) } catch { throw UsageError("not JSON: \(error)") }
        guard case .object(let members) = node else {
            throw UsageError("expected a JSON object, found \(node.kindName)")
        }
        if let stranger = members.first(where: { !topLevelKeys.contains($0.0) }) {
            throw UsageError(
                "unknown key \"\(stranger.0)\" (expected standard, report, round_inputs, inputs, id, date)")
        }
        func string(_ key: String) throws(UsageError) -> String? {
            switch node[key] {
            case nil, .null?: return nil
            case .string(let s)?: return s
            case let other?: throw UsageError("\(key) must be a string, found \(other.kindName)")
            }
        }
        var date = today
        if let text = try string("date") {
            guard let d = LocalDate(iso: text) else {
                throw UsageError("date: \"\(text)\" is not a date (expected YYYY-MM-DD)")
            }
            date = d
        }
        var chosen = standard.resolve(for: date)
        if let name = try string("standard") {
            guard let choice = StandardChoice(name: name) else {
                throw UsageError("standard: unknown standard \"\(name)\" (expected \(StandardChoice.names))")
            }
            chosen = choice.resolve(for: date)
        }
        let report = try string("report") ?? "daily"
        var roundInputs = true
        switch node["round_inputs"] {
        case nil, .null?: break
        case .bool(let b)?: roundInputs = b
        case let other?: throw UsageError("round_inputs must be true or false, found \(other.kindName)")
        }
        guard case .object(let inputs)? = node["inputs"] else {
            throw UsageError("inputs: expected an object of indicator keys")
        }
        var pairs: [(String, String?)] = []
        var hours: [String?]?
        for (key, value) in inputs {
            if key == "PM2_5_1H_most_recent_first" {
                guard case .array(let items) = value else { throw UsageError("\(key) must be an array") }
                hours = try items.map { item throws(UsageError) in try text(of: item, key: key) }
            } else {
                pairs.append((key, try text(of: value, key: key)))
            }
        }
        let request = try CalculatorRequest(
            pairs: pairs, standard: chosen, report: report, roundInputs: roundInputs, nowcastHours: hours)
        return (request, try string("id"))
    }

    /// A concentration may be a decimal string, a JSON number (kept as its literal) or null.
    private static func text(of value: JSONNode, key: String) throws(UsageError) -> String? {
        switch value {
        case .null: return nil
        case .string(let s): return s
        case .number(let literal): return literal
        default: throw UsageError("\(key): expected a number, a decimal string or null, found \(value.kindName)")
        }
    }
}
