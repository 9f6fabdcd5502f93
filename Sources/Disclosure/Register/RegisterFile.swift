import Formats

/// Register entries as a file gives them: a TOML file with `[[request]]` and `[[case]]` tables,
/// or a CSV file of requests (a header with `applicant`) or of cases (a header with
/// `case_type`); docs/register.md.
public struct RegisterEntries: Sendable, Equatable {
    public var requests: [DisclosureRequest]
    public var cases: [ReviewCase]

    public init(requests: [DisclosureRequest] = [], cases: [ReviewCase] = []) {
        self.requests = requests
        self.cases = cases
    }
}

public enum RegisterFile {
    static let requestLabels = [
        "id": "编号", "applicant": "申请人类型", "subject": "申请内容", "received_on": "收到申请日期",
        "correction_sent_on": "补正通知日期", "correction_received_on": "收到补正日期",
        "consultation_sent_on": "征求第三方意见日期", "consultation_replied_on": "第三方答复日期",
        "extended_on": "延期告知日期", "extension_days": "延长工作日数", "answered_on": "答复日期", "outcome": "办理结果",
    ]
    static let caseLabels = [
        "id": "编号", "case_type": "案件类型", "filed_on": "立案日期", "decided_on": "审结日期", "outcome": "结果",
        "request_id": "相关申请编号", "subject": "案由",
    ]
    static let requestKeys = [
        "id", "applicant", "subject", "received_on", "correction_sent_on", "correction_received_on",
        "consultation_sent_on", "consultation_replied_on", "extended_on", "extension_days", "answered_on", "outcome",
    ]
    static let caseKeys = ["id", "case_type", "filed_on", "decided_on", "outcome", "request_id", "subject"]

    /// Every entry of the file, or every problem of the file.
    public static func parse(text: String, file: String) throws(Diagnostics) -> RegisterEntries {
        let diagnostics = DiagnosticCollector()
        var entries = RegisterEntries()
        let lower = file.lowercased()
        if lower.hasSuffix(".toml") {
            let document = try TOMLFile.parse(text, file: file)
            let root = TOMLTableReader(document: document, diagnostics: diagnostics)
            root.allowOnly(["request", "case"])
            for (i, t) in (root.tables("request", required: false) ?? []).enumerated() {
                let r = FieldReader(t, place: "[[request]] #\(i + 1)", labels: requestLabels)
                unknownKeys(r, allowed: requestKeys, what: "a request")
                if let request = readRequest(r) { entries.requests.append(request) }
            }
            for (i, t) in (root.tables("case", required: false) ?? []).enumerated() {
                let r = FieldReader(t, place: "[[case]] #\(i + 1)", labels: caseLabels)
                unknownKeys(r, allowed: caseKeys, what: "a case")
                if let reviewCase = readCase(r) { entries.cases.append(reviewCase) }
            }
        } else if lower.hasSuffix(".csv") {
            let firstLine = text.prefix { $0 != "\n" && $0 != "\r" }
            let isCases = firstLine.contains("case_type")
            let keys = isCases ? caseKeys : requestKeys
            CSVTable.read(
                text: text, file: file, allowedColumns: keys, required: isCases ? ["case_type"] : ["applicant"],
                diagnostics: diagnostics
            ) { header, record in
                let r = FieldReader(
                    file: file, line: record.line, header: header, fields: record.fields,
                    labels: isCases ? caseLabels : requestLabels, diagnostics: diagnostics)
                if isCases {
                    if let reviewCase = readCase(r) { entries.cases.append(reviewCase) }
                } else if let request = readRequest(r) {
                    entries.requests.append(request)
                }
                return true
            }
        } else {
            diagnostics.add(Diagnostic(file: file, line: nil, "a register file is .toml or .csv (docs/register.md)"))
        }
        checkUnique(entries.requests.map(\.id), "request", file: file, diagnostics)
        checkUnique(entries.cases.map(\.id), "case", file: file, diagnostics)
        if !diagnostics.hasErrors, entries.requests.isEmpty, entries.cases.isEmpty {
            diagnostics.add(Diagnostic(file: file, line: nil, "no request or case in the file"))
        }
        guard !diagnostics.hasErrors else { throw Diagnostics(diagnostics.items) }
        return entries
    }

    private static func unknownKeys(_ r: FieldReader, allowed: [String], what: String) {
        for key in r.keys where !allowed.contains(key) {
            r.error(key, "unknown key \"\(key)\" for \(what) (expected one of \(allowed.joined(separator: ", ")))")
        }
    }

    private static func checkUnique(_ ids: [RecordID], _ what: String, file: String, _ d: DiagnosticCollector) {
        var seen: Set<RecordID> = []
        for id in ids where !seen.insert(id).inserted {
            d.add(Diagnostic(file: file, line: nil, "\(what) \"\(id)\" appears twice in the file"))
        }
    }

    static func readID(_ r: FieldReader, _ key: String, requiredFor why: String?) -> RecordID? {
        guard let text = r.text(key, limit: 64, requiredFor: why) else { return nil }
        guard let id = RecordID(text) else {
            r.error(key, "\(r.name(key)) \"\(text)\" may not contain / or \\ and may not be . or ..")
            return nil
        }
        return id
    }
}
