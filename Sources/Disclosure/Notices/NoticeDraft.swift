/// A notice as a file gives it, checked, before the repository issues its 索引号.
public struct NoticeDraft: Sendable, Equatable {
    public var title: String
    /// 内容概述, when the file gives one.
    public var summary: String?
    public var content: NoticeContent
    /// Where the notice was read, for later messages (`batch.csv`, line 4).
    public var file: String
    public var line: Int?
    /// The line of each key in the file.
    public var keyLines: [String: Int]

    public init(
        title: String, summary: String?, content: NoticeContent, file: String, line: Int?, keyLines: [String: Int] = [:]
    ) {
        self.title = title
        self.summary = summary
        self.content = content
        self.file = file
        self.line = line
        self.keyLines = keyLines
    }

    public var kind: NoticeKind { content.kind }
}

extension NoticeDraft {
    /// Reads one notice from its fields; nil when any problem was recorded.
    static func read(_ r: FieldReader, isCSVRow: Bool) -> NoticeDraft? {
        let before = r.diagnostics.items.count
        guard let kindText = r.text("kind", requiredFor: "the kind of notice (\(NoticeKind.names))") else {
            return nil
        }
        guard let kind = NoticeKind(rawValue: kindText) else {
            r.error("kind", "unknown kind \"\(kindText)\" (expected one of \(NoticeKind.names))")
            return nil
        }
        let reader = FieldReader(
            file: r.file, place: r.place, values: r.values, labels: kind.labels, diagnostics: r.diagnostics,
            lineOf: r.lineOf)
        for key in reader.keys where !kind.allowedKeys.contains(key) {
            if isCSVRow {
                reader.error(key, "column \"\(key)\" must be empty for kind \(kind.rawValue)")
            } else {
                reader.error(
                    key,
                    "unknown key \"\(key)\" for \(kind.article) (expected one of \(kind.allowedKeys.joined(separator: ", ")))"
                )
            }
        }
        let needsTitle = kind == .news || kind == .other
        let title = reader.text("title", requiredFor: needsTitle ? "required for \(kind.rawValue) items" : nil)
        let summary = reader.text("summary", shape: .paragraphs, requiredFor: nil)
        let content = NoticeContent.read(kind, from: reader)
        guard r.diagnostics.items.count == before, let content else { return nil }
        var keyLines: [String: Int] = [:]
        for key in r.keys { keyLines[key] = r.lineOf(key) }
        return NoticeDraft(
            title: title ?? content.defaultTitle, summary: summary, content: content, file: r.file,
            line: r.lineOf(nil), keyLines: keyLines)
    }
}
