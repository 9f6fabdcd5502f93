import Formats

/// Splits bytes into lines (LF or CRLF) and lines into comma-separated fields, without
/// copying. The archive format and the station list have no quoting. A line longer than
/// `CSVLimits.lineBytes` is refused when the search for its end passes the limit, so that a
/// file of one 1 GB line costs one megabyte of scanning, not a 1 GB line.
struct LineSplitter {
    struct Line {
        let bytes: ArraySlice<UInt8>
        let number: Int

        /// Every field; the caller has checked `fieldCount` (or splits with a bound).
        var fields: [ArraySlice<UInt8>] { bytes.split(separator: Self.comma, omittingEmptySubsequences: false) }

        /// At most `maximum` fields, the last holding the rest of the line when there are more,
        /// so that a line of a million commas never becomes a million-element array.
        func fields(atMost maximum: Int) -> [ArraySlice<UInt8>] {
            bytes.split(separator: Self.comma, maxSplits: maximum - 1, omittingEmptySubsequences: false)
        }

        /// Commas plus one, counted without splitting.
        var fieldCount: Int { bytes.count(where: { $0 == Self.comma }) + 1 }

        private static let comma = UInt8(ascii: ",")
    }

    private let bytes: [UInt8]
    private let lineBytes: Int
    private var position: Int
    private var number = 0

    /// - Parameter start: where the first line begins (after a BOM).
    init(_ bytes: [UInt8], from start: Int = 0, limits: CSVLimits = .standard) {
        self.bytes = bytes
        position = start
        lineBytes = limits.lineBytes
    }

    mutating func next() throws(CSVLimitExceeded) -> Line? {
        guard position < bytes.count else { return nil }
        number += 1
        // The line, its line break included, must end within the limit.
        let searchEnd = min(bytes.count, position + lineBytes)
        guard let newline = bytes[position..<searchEnd].firstIndex(of: UInt8(ascii: "\n")) else {
            guard searchEnd == bytes.count else {
                throw .lineTooLong(line: number, limit: lineBytes, beginning: bytes[position..<searchEnd])
            }
            return take(upTo: bytes.count)
        }
        return take(upTo: newline)
    }

    /// `next()` with the refusal as the file's diagnostic.
    mutating func next(file: String) throws(Diagnostic) -> Line? {
        do {
            return try next()
        } catch {
            throw Diagnostic(file: file, line: error.line, error.message)
        }
    }

    private mutating func take(upTo end: Int) -> Line {
        var slice = bytes[position..<end]
        if slice.last == UInt8(ascii: "\r") { slice = slice.dropLast() }
        position = end + 1
        return Line(bytes: slice, number: number)
    }
}
