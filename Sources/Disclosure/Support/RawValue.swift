import Formats

/// A field's value as a file gives it, before it is checked: TOML keeps its types, a CSV cell
/// is always text.
enum RawValue: Sendable {
    case text(String)
    case date(year: Int, month: Int, day: Int)
    case integer(Int)
    case list([RawValue])
    /// A TOML value of another type, by its kind name ("a number", "a table" …).
    case other(String)

    init(_ value: TOMLValue) {
        switch value {
        case .string(let s): self = .text(s)
        case .integer(let i): self = .integer(i)
        case .date(let y, let m, let d): self = .date(year: y, month: m, day: d)
        case .array(let items): self = .list(items.map(RawValue.init))
        default: self = .other(value.kindName)
        }
    }

    /// For "found …" in messages.
    var found: String {
        switch self {
        case .text(let s): "\"\(s.count > 40 ? String(s.prefix(40)) + "…" : s)\""
        case .date: "a date"
        case .integer(let i): "the integer \(i)"
        case .list: "an array"
        case .other(let kind): kind
        }
    }
}
