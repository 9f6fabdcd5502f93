/// Checks that upstream bytes are UTF-8 before anything is decoded: Chinese platforms often
/// export GBK, whose bytes would otherwise become replacement characters in names and codes.
enum TextEncoding {
    /// The 1-based line of the first byte that is not UTF-8, or nil when all of them are.
    static func firstLineNotUTF8(_ bytes: [UInt8]) -> Int? {
        // The standard library's validation is fast; walk scalars only to find the line.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var line = 1
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: return nil
            case .error: return line
            }
        }
    }
}
