import Mustache

/// Escapes text for Markdown (CommonMark with GitHub tables): every character that could start
/// markup, raw HTML or an entity, or end a table cell, is backslash-escaped, so a value always
/// reads as the text it is.
struct MarkdownText: MustacheContentType {
    static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "&", "!"]

    func escapeText(_ text: String) -> String {
        var out = ""
        for ch in text {
            if ch == "\n" {
                out += " "
                continue
            }
            if MarkdownText.special.contains(ch) { out += "\\" }
            out.append(ch)
        }
        // A leading list marker (`- `, `+ `, `1. `) or setext underline (`=`) would change the block.
        if let first = out.first, "-+=".contains(first) {
            out = "\\" + out
        } else if let dot = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot != out.startIndex,
            out[dot] == "." || out[dot] == ")",
            out.index(after: dot) == out.endIndex || out[out.index(after: dot)] == " "
        {
            out.insert("\\", at: dot)
        }
        return out
    }

    /// Registers the content type once, before any template naming it is parsed.
    static let registered: Bool = {
        MustacheContentTypes.register(MarkdownText(), named: "MARKDOWN")
        return true
    }()
}
