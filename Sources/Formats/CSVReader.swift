/// Reads CSV (RFC 4180: quoted fields with "" escapes and embedded newlines) record by record,
/// with the line each record starts on, for `FILE:LINE: error: …` messages. A UTF-8 BOM is
/// skipped. Exporters' files (Excel's among them) read back.
///
/// Given `CSVLimits` (as every reader of upstream files is), it stops at the first record past
/// them, before building it, and says so in `exceededLimit`.
public struct CSVReader: Sequence, IteratorProtocol {
    public struct Record: Sendable {
        public let fields: [String]
        /// 1-based line where the record starts.
        public let line: Int
    }

    /// A quote that is never closed, reported at the end of the input.
    public private(set) var unterminatedQuoteLine: Int?
    /// The limit the reader stopped at; `next()` then returns nil.
    public private(set) var exceededLimit: CSVLimitExceeded?

    private let bytes: [UInt8]
    private let limits: CSVLimits?
    private var i: Int
    private var line = 1

    /// - Parameter limits: nil for files the program wrote itself (read back whole).
    public init(_ bytes: [UInt8], limits: CSVLimits? = nil) {
        self.bytes = bytes
        self.limits = limits
        i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    public init(text: String, limits: CSVLimits? = nil) { self.init(Array(text.utf8), limits: limits) }

    public mutating func next() -> Record? {
        guard exceededLimit == nil else { return nil }
        // Skip blank lines between records.
        while i < bytes.count, bytes[i] == 0x0A || bytes[i] == 0x0D {
            if bytes[i] == 0x0A { line += 1 }
            i += 1
        }
        guard i < bytes.count else { return nil }
        let start = line
        let recordStart = i
        // The record, its line break included, must end before `end`.
        let end = limits.map { Swift.min(bytes.count, recordStart + $0.lineBytes) } ?? bytes.count
        let maximumFields = limits?.fields ?? .max
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var quoteLine = line
        while i < end {
            let b = bytes[i]
            if quoted {
                if b == 0x22 {
                    if i + 1 < bytes.count, bytes[i + 1] == 0x22 {
                        field.append(0x22)
                        i += 2
                        continue
                    }
                    quoted = false
                } else {
                    if b == 0x0A { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case 0x22 where field.isEmpty:
                quoted = true
                quoteLine = line
            case 0x2C:
                guard fields.count + 1 < maximumFields else {
                    exceededLimit = .tooManyFields(line: start, limit: maximumFields)
                    return nil
                }
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            case 0x0D:
                break
            case 0x0A:
                line += 1
                i += 1
                fields.append(String(decoding: field, as: UTF8.self))
                return Record(fields: fields, line: start)
            default:
                field.append(b)
            }
            i += 1
        }
        if let limits, i < bytes.count {
            exceededLimit = .lineTooLong(
                line: start, limit: limits.lineBytes, beginning: bytes[recordStart..<end],
                quoteLine: quoted ? quoteLine : nil)
            return nil
        }
        if quoted { unterminatedQuoteLine = quoteLine }
        fields.append(String(decoding: field, as: UTF8.self))
        return Record(fields: fields, line: start)
    }
}

/// Writes CSV fields, quoting only when a field needs it (RFC 4180).
public enum CSVWriter {
    public static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\n"
    }

    public static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingQuotes() + "\""
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var out = ""
        for ch in self {
            out.append(ch)
            if ch == "\"" { out.append("\"") }
        }
        return out
    }
}
