import Formats

/// A notice file as a clerk writes it: a TOML file with one notice (top-level keys) or several
/// (`[[notice]]` tables), or a CSV batch with a `kind` column (docs/notices.md).
public enum NoticeFile {
    /// At most this many notices per file: a larger batch is split by the clerk, so one mistake
    /// does not hold back thousands of notices.
    public static let maximumNotices = 5_000

    /// Every notice of the file, or every problem of the file (nothing is half-read).
    public static func parse(text: String, file: String) throws(Diagnostics) -> [NoticeDraft] {
        let lower = file.lowercased()
        if lower.hasSuffix(".csv") { return try parseCSV(text: text, file: file) }
        if lower.hasSuffix(".toml") { return try parseTOML(text: text, file: file) }
        throw Diagnostics([
            Diagnostic(file: file, line: nil, "a notice file is .toml (one or more notices) or .csv (a batch)")
        ])
    }

    static func parseTOML(text: String, file: String) throws(Diagnostics) -> [NoticeDraft] {
        let document = try TOMLFile.parse(text, file: file)
        let diagnostics = DiagnosticCollector()
        let root = TOMLTableReader(document: document, diagnostics: diagnostics)
        var drafts: [NoticeDraft] = []
        if root.has("notice") {
            root.allowOnly(["notice"])
            let tables = root.tables("notice") ?? []
            if tables.count > maximumNotices {
                root.error(
                    "notice", "the file has \(tables.count) notices; split it into files of at most \(maximumNotices)")
            } else {
                for (i, table) in tables.enumerated() {
                    let reader = FieldReader(table, place: "[[notice]] #\(i + 1)", labels: [:])
                    if let draft = NoticeDraft.read(reader, isCSVRow: false) { drafts.append(draft) }
                }
            }
            if tables.isEmpty, !diagnostics.hasErrors { root.error("notice", "no notice in the file") }
        } else {
            if let draft = NoticeDraft.read(FieldReader(root, place: nil, labels: [:]), isCSVRow: false) {
                drafts.append(draft)
            }
        }
        guard !diagnostics.hasErrors else { throw Diagnostics(diagnostics.items) }
        return drafts
    }

    static func parseCSV(text: String, file: String) throws(Diagnostics) -> [NoticeDraft] {
        let diagnostics = DiagnosticCollector()
        var drafts: [NoticeDraft] = []
        CSVTable.read(
            text: text, file: file, allowedColumns: NoticeKind.allKeys, required: ["kind"], diagnostics: diagnostics
        ) { header, record in
            guard drafts.count < maximumNotices else {
                diagnostics.add(
                    Diagnostic(
                        file: file, line: record.line,
                        "the batch has more than \(maximumNotices) notices; split it into files of at most \(maximumNotices)"
                    ))
                return false
            }
            let reader = FieldReader(
                file: file, line: record.line, header: header, fields: record.fields, labels: [:],
                diagnostics: diagnostics)
            if let draft = NoticeDraft.read(reader, isCSVRow: true) { drafts.append(draft) }
            return true
        }
        if drafts.isEmpty, !diagnostics.hasErrors {
            diagnostics.add(
                Diagnostic(file: file, line: nil, "no notice in the file (a header row, then one row a notice)"))
        }
        guard !diagnostics.hasErrors else { throw Diagnostics(diagnostics.items) }
        return drafts
    }
}
