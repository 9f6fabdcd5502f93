/// Checks that upstream bytes are UTF-8 before anything is decoded: Chinese platforms often
/// export GBK, whose bytes would otherwise become replacement characters in names and codes.
enum TextEncoding {
    /// The 1-based line of the first byte that is not UTF-8, or nil when all of them are.
    static func firstLineNotUTF8(_ bytes: [UInt8]) -> Int? {
        // The standard library's validation is fast; walk scalars only to find the line.
        if isUTF8(bytes) { return nil }
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

    /// Validated a piece at a time, each cut before a byte that starts a character: validating
    /// the whole at once builds a String as large as the file (2 GB in all for a 1 GB file).
    static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var start = 0
        while start < bytes.count {
            var end = min(bytes.count, start + (1 << 16))
            // A continuation byte (10xxxxxx) belongs to the character before; UTF-8 has at most 3.
            var back = 0
            while end < bytes.count, back < 3, bytes[end] & 0xC0 == 0x80 {
                end -= 1
                back += 1
            }
            guard String(validating: bytes[start..<end], as: UTF8.self) != nil else { return false }
            start = end
        }
        return true
    }
}
