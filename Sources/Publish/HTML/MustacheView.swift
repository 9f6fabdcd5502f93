/// A page's view as dictionaries, for swift-mustache.
///
/// swift-mustache finds a name in a struct through `Mirror`, scanning every field of every
/// context on the stack and demangling each field's type as it goes: two thirds of a site's
/// render time in a profile (`perf`, `airbulletin-bench publish-city`). A view is turned into
/// `[String: Any]` once, which swift-mustache reads by hashing (`MustacheParent`), with the same
/// names and the same unwrapping of optionals as its `Mirror` lookup; rendering is unchanged
/// byte for byte (the golden pages say so).
enum MustacheView {
    static func flatten(_ value: Any) -> Any? {
        switch value {
        case is String, is Int, is Bool: return value  // most fields: no Mirror needed
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { flatten($0.value) }
        case .struct where !(value is CustomStringConvertible):  // one that describes itself is printed
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                if let label = child.label, let field = flatten(child.value) { fields[label] = field }
            }
            return fields
        case .collection:
            return mirror.children.map { flatten($0.value) ?? $0.value }
        default:
            return value
        }
    }
}
