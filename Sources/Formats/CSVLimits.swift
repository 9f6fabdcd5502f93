/// How much one line of an upstream CSV file may hold (docs/adapters.md, Limits). The readers
/// check while they read, so that a 1 GB line or a header of ten million columns is refused
/// after at most the limit's worth of work and memory, never built first.
public struct CSVLimits: Sendable, Hashable {
    /// Bytes in one line (for CSV, one record: quoted line breaks included), its line break too.
    public var lineBytes: Int
    /// Fields in one line.
    public var fields: Int

    public init(lineBytes: Int = 1 << 20, fields: Int = 10_000) {
        self.lineBytes = lineBytes
        self.fields = fields
    }

    /// 1 MiB and 10,000 fields: the national CNEMC file's longest line is 12 KB, its header
    /// 2,029 fields; a logger's line is a few dozen bytes.
    public static let standard = CSVLimits()
}

/// A line past `CSVLimits`, found while it was being read: the file is refused.
public struct CSVLimitExceeded: Error, Sendable, Equatable {
    /// 1-based line where the record starts.
    public let line: Int
    public let message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// - Parameter quoteLine: where a quoted field that is still open began, if one is.
    public static func lineTooLong(
        line: Int, limit: Int, beginning: some Collection<UInt8>, quoteLine: Int? = nil
    ) -> CSVLimitExceeded {
        let limitText =
            limit % (1 << 20) == 0
            ? "\(limit >> 20) MiB (\(limit.groupedThousands) bytes)" : "\(limit.groupedThousands) bytes"
        if let quoteLine {
            return CSVLimitExceeded(
                line: line,
                message: "a quoted field opened on line \(quoteLine) runs past \(limitText), the limit for one line; "
                    + "is its closing quote missing?")
        }
        return CSVLimitExceeded(
            line: line,
            message: "the line is longer than \(limitText), the limit for one line; it begins "
                + "\(Excerpt(beginningOf: beginning))")
    }

    public static func tooManyFields(line: Int, limit: Int) -> CSVLimitExceeded {
        CSVLimitExceeded(
            line: line, message: "the line has more than \(limit.groupedThousands) fields, the limit for one line")
    }
}
