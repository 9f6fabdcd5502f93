import AQI
import Formats
import Identity

/// A JSON value with its key path, read with typed getters that throw `DocumentDecodingError`.
struct JSONField {
    let node: JSONNode
    let path: String

    init(_ node: JSONNode, path: String = "") {
        self.node = node
        self.path = path
    }

    func fail(_ message: String) -> DocumentDecodingError { DocumentDecodingError(path: path, message) }

    /// The member `key` of this object; a missing key is an error.
    subscript(key: String) -> JSONField {
        get throws(DocumentDecodingError) {
            guard case .object(let members) = node else { throw fail("expected an object, found \(node.kindName)") }
            let childPath = path.isEmpty ? key : "\(path).\(key)"
            guard let member = members.first(where: { $0.0 == key }) else {
                throw DocumentDecodingError(path: childPath, "missing key")
            }
            return JSONField(member.1, path: childPath)
        }
    }

    var isNull: Bool { node == .null }

    func string() throws(DocumentDecodingError) -> String {
        guard case .string(let s) = node else { throw fail("expected a string, found \(node.kindName)") }
        return s
    }

    func optionalString() throws(DocumentDecodingError) -> String? { isNull ? nil : try string() }

    func int() throws(DocumentDecodingError) -> Int {
        guard case .number(let literal) = node, let n = Int(literal) else {
            throw fail("expected an integer, found \(describe)")
        }
        return n
    }

    func optionalInt() throws(DocumentDecodingError) -> Int? { isNull ? nil : try int() }

    func bool() throws(DocumentDecodingError) -> Bool {
        guard case .bool(let b) = node else { throw fail("expected true or false, found \(describe)") }
        return b
    }

    func array() throws(DocumentDecodingError) -> [JSONField] {
        guard case .array(let items) = node else { throw fail("expected an array, found \(node.kindName)") }
        return items.enumerated().map { JSONField($1, path: "\(path)[\($0)]") }
    }

    func optionalArray() throws(DocumentDecodingError) -> [JSONField]? { isNull ? nil : try array() }

    /// The members of an object, in document order.
    func members() throws(DocumentDecodingError) -> [(String, JSONField)] {
        guard case .object(let members) = node else { throw fail("expected an object, found \(node.kindName)") }
        return members.map { ($0.0, JSONField($0.1, path: "\(path).\($0.0)")) }
    }

    /// A decimal number literal, such as `59` or `0.8`.
    func decimal() throws(DocumentDecodingError) -> ExactDecimal {
        guard case .number(let literal) = node, let d = try? ExactDecimal(parsing: literal) else {
            throw fail("expected a decimal number such as 59 or 0.8, found \(describe)")
        }
        return d
    }

    /// A fraction such as `"1417/24"` or an integer such as `"59"`.
    func rational() throws(DocumentDecodingError) -> Rational {
        let text = try string()
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let n = Int128(String(parts[0])),
            let d = parts.count == 2 ? Int128(String(parts[1])) : 1, d > 0
        else { throw fail("expected a fraction such as \"1417/24\", found \(describe)") }
        return Rational(n, d)
    }

    func indicator() throws(DocumentDecodingError) -> Indicator {
        let key = try string()
        guard let i = Indicator(rawValue: key) else {
            throw fail("unknown indicator \"\(key)\" (expected a key such as PM2_5_24H or O3_8H)")
        }
        return i
    }

    func organisationCode() throws(DocumentDecodingError) -> OrganisationCode {
        let text = try string()
        guard let code = OrganisationCode(text) else {
            throw fail("\"\(text.prefix(40))\" is not an organisation code (9 to 18 ASCII letters and digits)")
        }
        return code
    }

    func areaCode() throws(DocumentDecodingError) -> AreaCode {
        let text = try string()
        guard let code = AreaCode(text) else {
            throw fail(AreaCode.refusal(of: text))
        }
        return code
    }

    func pollutant() throws(DocumentDecodingError) -> Pollutant {
        let label = try string()
        guard let p = Pollutant.allCases.first(where: { $0.label == label }) else {
            throw fail("unknown pollutant \"\(label)\" (expected one of SO2, NO2, CO, O3, PM10, PM2.5)")
        }
        return p
    }

    /// The value for messages: a string in quotes, a number as written, or its kind.
    var describe: String {
        switch node {
        case .string(let s): "\"\(s)\""
        case .number(let n): n
        case .bool(let b): b ? "true" : "false"
        default: node.kindName
        }
    }
}
