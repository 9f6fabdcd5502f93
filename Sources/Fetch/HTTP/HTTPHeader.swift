/// One header field. A secret one (an API key, a token) is sent but never shown, logged or
/// stored, and it is not sent on to another origin when a redirect leaves the first one.
/// Printing or dumping it shows `***` for a secret value.
public struct HTTPHeader: Sendable, Hashable, CustomStringConvertible, CustomReflectable {
    public let name: String
    public let value: String
    public let isSecret: Bool

    /// `isSecret` is forced on for names that always carry credentials (`Authorization`,
    /// `Cookie`, `X-API-Key`, … see `SecretNames`).
    public init(name: String, value: String, isSecret: Bool = false) {
        self.name = name
        self.value = value
        self.isSecret = isSecret || SecretNames.isSecretHeader(name)
    }

    /// A header whose value is a credential.
    public static func secret(_ name: String, _ value: String) -> HTTPHeader {
        HTTPHeader(name: name, value: value, isSecret: true)
    }

    /// `Name: value`, or `Name: ***` for a secret.
    public var description: String { "\(name): \(isSecret ? "***" : value)" }

    public var customMirror: Mirror {
        Mirror(self, children: ["name": name, "value": isSecret ? "***" : value, "isSecret": isSecret])
    }

    /// RFC 9110 §5.1, §5.5: a name is a token; a value has no CR, LF or NUL (which would let a
    /// configured value smuggle in a header of its own).
    var isWellFormed: Bool {
        !name.isEmpty && name.utf8.allSatisfy(Self.isTokenByte)
            && !value.utf8.contains { $0 == 0x0D || $0 == 0x0A || $0 == 0x00 }
    }

    // RFC 9110 §5.6.2: tchar.
    static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "!#$%&'*+-.^_`|~".utf8.contains(b)
        }
    }
}

/// The header fields of a response, in the order received. Names compare case-insensitively
/// (RFC 9110 §5.1).
public struct HTTPHeaders: Sendable, Hashable, Sequence {
    public private(set) var fields: [HTTPHeader]

    public init(_ fields: [HTTPHeader] = []) { self.fields = fields }

    /// The first value of the field `name`, or nil.
    public subscript(name: String) -> String? {
        fields.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    public func makeIterator() -> IndexingIterator<[HTTPHeader]> { fields.makeIterator() }

    mutating func append(_ field: HTTPHeader) { fields.append(field) }

    /// RFC 9112 §5.2: an obsolete folded line continues the previous field's value.
    mutating func continueLast(with text: String) {
        guard let last = fields.popLast() else { return }
        fields.append(HTTPHeader(name: last.name, value: last.value + " " + text, isSecret: last.isSecret))
    }
}
