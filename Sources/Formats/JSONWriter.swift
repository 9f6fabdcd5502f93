/// Writes JSON text with keys in the order the caller gives them, so published JSON has a
/// stable, documented key order and no Foundation round trip (it also runs on the
/// `aqi --batch` hot path). Compact by default; `init(indentation:)` writes one member per
/// line, for published files people read and diff.
public struct JSONWriter: Sendable {
    public private(set) var text = ""
    private var needsComma: [Bool] = [false]
    /// The text of one indentation level; nil writes compact JSON.
    private let indentUnit: String?
    /// True between a key and its value: the value goes on the key's line.
    private var afterKey = false

    public init() { indentUnit = nil }

    /// A writer that puts each member and element on its own line, indented by `indentation`
    /// spaces per level, with a space after each `:`.
    public init(indentation: Int) { indentUnit = String(repeating: " ", count: indentation) }

    public mutating func beginObject() {
        separate()
        text += "{"
        needsComma.append(false)
    }
    public mutating func endObject() {
        closeContainer()
        text += "}"
    }
    public mutating func beginArray() {
        separate()
        text += "["
        needsComma.append(false)
    }
    public mutating func endArray() {
        closeContainer()
        text += "]"
    }

    /// Writes `"name":` inside an object; the next value call writes its value.
    public mutating func key(_ name: String) {
        separate()
        JSONWriter.appendQuoted(name, to: &text)
        text += indentUnit == nil ? ":" : ": "
        afterKey = true
    }

    public mutating func string(_ value: String) {
        separate()
        JSONWriter.appendQuoted(value, to: &text)
    }
    public mutating func int(_ value: Int) {
        separate()
        text += String(value)
    }
    public mutating func bool(_ value: Bool) {
        separate()
        text += value ? "true" : "false"
    }
    public mutating func null() {
        separate()
        text += "null"
    }
    /// A number already formatted as JSON (e.g. an exact decimal's text).
    public mutating func number(_ literal: String) {
        separate()
        text += literal
    }

    public mutating func string(_ value: String?) { if let value { string(value) } else { null() } }
    public mutating func int(_ value: Int?) { if let value { int(value) } else { null() } }

    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }
    public mutating func field(_ name: String, _ value: Int?) {
        key(name)
        int(value)
    }
    public mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }
    public mutating func field(_ name: String, strings: [String]?) {
        key(name)
        guard let strings else { return null() }
        beginArray()
        for s in strings { string(s) }
        endArray()
    }
    public mutating func field(_ name: String, ints: [Int]?) {
        key(name)
        guard let ints else { return null() }
        beginArray()
        for i in ints { int(i) }
        endArray()
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            needsComma[needsComma.count - 1] = true
            return
        }
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
        if let indentUnit, needsComma.count > 1 {
            text += "\n" + String(repeating: indentUnit, count: needsComma.count - 1)
        }
    }

    private mutating func closeContainer() {
        let hadMembers = needsComma.removeLast()
        if let indentUnit, hadMembers {
            text += "\n" + String(repeating: indentUnit, count: needsComma.count - 1)
        }
    }

    /// RFC 8259 §7 string escaping. `<`, `>` and `&` are escaped too, so JSON embedded in HTML
    /// or served as a file can never close a script element or start markup.
    public static func appendQuoted(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
