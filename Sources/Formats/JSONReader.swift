/// A JSON value as read, with numbers kept as their literal text so that `35.5` never passes
/// through binary floating point (aqi-standards.md §2.2), and object keys in document order.
public indirect enum JSONNode: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONNode])
    case object([(String, JSONNode)])

    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    public static func == (lhs: JSONNode, rhs: JSONNode) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    /// A short name of the kind, for messages: "a string", "an object", …
    public var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// Parses one JSON text (RFC 8259). Errors name the byte offset and the line.
public struct JSONReader {
    public struct SyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
        public let offset: Int
        public let message: String
        /// 1-based line of the offset, for `FILE:LINE: error: …` messages.
        public let line: Int
        public var description: String { "\(message) at character \(offset + 1)" }
    }

    private let bytes: [UInt8]
    private var i = 0
    private var depth = 0
    /// Raw newlines occur only between tokens (RFC 8259 §7 forbids them in strings), so
    /// counting them in `skipSpace` gives every token's line.
    private var line = 1
    /// The object keys leading from the root to the array whose element lines are recorded.
    private var recordedPath: [String]?
    /// How many keys of `recordedPath` the value being read lies under.
    private var matchedKeys = 0
    private var elementLines: [Int] = []

    public static func parse(_ text: String) throws(SyntaxError) -> JSONNode {
        var reader = JSONReader(bytes: Array(text.utf8))
        return try reader.document()
    }

    /// Parses JSON bytes (UTF-8) and returns, with the value, the 1-based line where each
    /// element of the array at `path` starts (object keys from the root; `[]` for a root
    /// array), so that a decoder can name the line of a bad record. Empty when there is no
    /// array at `path`.
    public static func parse(
        _ bytes: [UInt8], elementLinesAt path: [String]
    ) throws(SyntaxError) -> (value: JSONNode, elementLines: [Int]) {
        var reader = JSONReader(bytes: bytes)
        reader.recordedPath = path
        let value = try reader.document()
        return (value, reader.elementLines)
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private mutating func document() throws(SyntaxError) -> JSONNode {
        skipSpace()
        let value = try value()
        skipSpace()
        guard i == bytes.count else { throw fail("unexpected text after the JSON value") }
        return value
    }

    private func fail(_ message: String) -> SyntaxError { SyntaxError(offset: i, message: message, line: line) }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D {
            if bytes[i] == 0x0A { line += 1 }
            i += 1
        }
    }

    private mutating func value() throws(SyntaxError) -> JSONNode {
        guard i < bytes.count else { throw fail("unexpected end of input") }
        switch bytes[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw fail("unexpected character")
        }
    }

    private mutating func literal(_ word: String) throws(SyntaxError) {
        let w = Array(word.utf8)
        guard bytes.count - i >= w.count, Array(bytes[i..<(i + w.count)]) == w else {
            throw fail("unexpected character")
        }
        i += w.count
    }

    private mutating func nested<T>(_ body: (inout JSONReader) throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        depth += 1
        guard depth <= 64 else { throw fail("nesting deeper than 64 levels") }
        defer { depth -= 1 }
        return try body(&self)
    }

    private mutating func object() throws(SyntaxError) -> JSONNode {
        try nested { (r: inout JSONReader) throws(SyntaxError) -> JSONNode in
            r.i += 1
            var members: [(String, JSONNode)] = []
            r.skipSpace()
            if r.i < r.bytes.count, r.bytes[r.i] == UInt8(ascii: "}") {
                r.i += 1
                return .object(members)
            }
            while true {
                r.skipSpace()
                guard r.i < r.bytes.count, r.bytes[r.i] == UInt8(ascii: "\"") else {
                    throw r.fail("expected a key in quotes")
                }
                let key = try r.string()
                r.skipSpace()
                guard r.i < r.bytes.count, r.bytes[r.i] == UInt8(ascii: ":") else {
                    throw r.fail("expected ':' after a key")
                }
                r.i += 1
                r.skipSpace()
                // Follow `recordedPath` one key deeper while this object lies on it.
                let outer = r.matchedKeys
                if let path = r.recordedPath, outer == r.depth - 1, outer < path.count, path[outer] == key {
                    r.matchedKeys = outer + 1
                }
                let member = try r.value()
                r.matchedKeys = outer
                members.append((key, member))
                r.skipSpace()
                guard r.i < r.bytes.count else { throw r.fail("unexpected end of input in an object") }
                if r.bytes[r.i] == UInt8(ascii: ",") {
                    r.i += 1
                    continue
                }
                if r.bytes[r.i] == UInt8(ascii: "}") {
                    r.i += 1
                    return .object(members)
                }
                throw r.fail("expected ',' or '}' in an object")
            }
        }
    }

    private mutating func array() throws(SyntaxError) -> JSONNode {
        try nested { (r: inout JSONReader) throws(SyntaxError) -> JSONNode in
            r.i += 1
            var items: [JSONNode] = []
            r.skipSpace()
            if r.i < r.bytes.count, r.bytes[r.i] == UInt8(ascii: "]") {
                r.i += 1
                return .array(items)
            }
            let recording = r.recordedPath.map { r.matchedKeys == $0.count && r.depth == $0.count + 1 } ?? false
            while true {
                r.skipSpace()
                if recording { r.elementLines.append(r.line) }
                items.append(try r.value())
                r.skipSpace()
                guard r.i < r.bytes.count else { throw r.fail("unexpected end of input in an array") }
                if r.bytes[r.i] == UInt8(ascii: ",") {
                    r.i += 1
                    continue
                }
                if r.bytes[r.i] == UInt8(ascii: "]") {
                    r.i += 1
                    return .array(items)
                }
                throw r.fail("expected ',' or ']' in an array")
            }
        }
    }

    private mutating func number() throws(SyntaxError) -> String {
        let start = i
        func digits(_ r: inout JSONReader) -> Int {
            let s = r.i
            while r.i < r.bytes.count, r.bytes[r.i] >= UInt8(ascii: "0"), r.bytes[r.i] <= UInt8(ascii: "9") { r.i += 1 }
            return r.i - s
        }
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        guard digits(&self) > 0 else { throw fail("expected digits") }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            guard digits(&self) > 0 else { throw fail("expected digits after '.'") }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            guard digits(&self) > 0 else { throw fail("expected digits in the exponent") }
        }
        return String(decoding: bytes[start..<i], as: UTF8.self)
    }

    private mutating func string() throws(SyntaxError) -> String {
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""):
                i += 1
                return String(decoding: out, as: UTF8.self)
            case UInt8(ascii: "\\"):
                i += 1
                guard i < bytes.count else { throw fail("unfinished escape") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u")
                        else {
                            throw fail("unpaired surrogate")
                        }
                        i += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate") }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let u = Unicode.Scalar(scalar) else { throw fail("invalid \\u escape") }
                    out.append(contentsOf: Array(String(Character(u)).utf8))
                default: throw fail("invalid escape")
                }
            case 0x00..<0x20:
                throw fail("control character in a string")
            default:
                out.append(b)
                i += 1
            }
        }
        throw fail("unterminated string")
    }

    private mutating func hex4() throws(SyntaxError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
            default: throw fail("invalid \\u escape")
            }
            v = v * 16 + d
            i += 1
        }
        return v
    }
}
