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
            diagnostics: table.diagnostics,
            lineOf: { key in
                // A top-level table has no header line: a missing key is reported at `kind`.
                table.line(of: key.flatMap { table.has($0) ? $0 : nil })
                    ?? table.line(of: table.has("kind") ? "kind" : nil)
            })
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
}
