import Formats

/// Reads a CSV file whose first row names the columns, checking the header (known, required
/// and unique columns) and each row's width, then hands each row to `row` (which returns false
/// to stop).
enum CSVTable {
    static func read(
        text: String, file: String, allowedColumns: [String], required: [String], diagnostics: DiagnosticCollector,
        row: ([String], CSVReader.Record) -> Bool
    ) {
        var reader = CSVReader(text: text)
        guard let headerRecord = reader.next() else {
            diagnostics.add(
                Diagnostic(file: file, line: nil, "the file is empty (expected a header row naming the columns)"))
            return
        }
        let header = headerRecord.fields.map { $0.trimmingWhitespace() }
        var headerOK = true
        for (i, column) in header.enumerated() {
            if !allowedColumns.contains(column) {
                headerOK = false
                diagnostics.add(
                    Diagnostic(
                        file: file, line: headerRecord.line,
                        "unknown column \"\(column)\" (expected some of \(allowedColumns.joined(separator: ", ")))"))
            } else if header.prefix(i).contains(column) {
                headerOK = false
                diagnostics.add(Diagnostic(file: file, line: headerRecord.line, "column \"\(column)\" appears twice"))
            }
        }
        for column in required where !header.contains(column) {
            headerOK = false
            diagnostics.add(Diagnostic(file: file, line: headerRecord.line, "missing column \"\(column)\""))
        }
        guard headerOK else { return }
        while let record = reader.next() {
            if record.fields.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { continue }
            guard record.fields.count == header.count else {
                diagnostics.add(
                    Diagnostic(
                        file: file, line: record.line,
                        "the row has \(record.fields.count) fields but the header has \(header.count)"))
                continue
            }
            if !row(header, record) { return }
        }
        if let line = reader.unterminatedQuoteLine {
            diagnostics.add(Diagnostic(file: file, line: line, "a quoted field is never closed"))
        }
    }
}
