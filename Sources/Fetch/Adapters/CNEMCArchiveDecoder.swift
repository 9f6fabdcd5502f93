import AQI
import Formats

/// Decodes the daily wide CSV files of the CNEMC archive (data README, Format): header
/// `date,hour,type,<columns>`, then one row per hour and type. UTF-8 without BOM, LF or CRLF,
/// the final newline optional. A bad row is reported with its line and skipped; the others
/// are kept.
public enum CNEMCArchiveDecoder {
    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> CNEMCArchiveTable {
        var lines = LineSplitter(bytes)
        guard let header = lines.next() else {
            throw Diagnostic(file: file, line: 1, "the file is empty (expected a header starting date,hour,type)")
        }
        guard String(validating: header.bytes, as: UTF8.self) != nil else {
            throw Diagnostic(
                file: file, line: 1, "the file is not UTF-8 (GBK?); convert it with `iconv -f GBK -t UTF-8`")
        }
        let names = header.fields.map { String(decoding: $0, as: UTF8.self) }
        guard names.count > 3, names[0] == "date" || names[0] == "\u{FEFF}date", names[1] == "hour", names[2] == "type"
        else {
            throw Diagnostic(
                file: file, line: 1,
                "not a CNEMC archive file: the header must start with date,hour,type and name at least one column")
        }
        let columns = Array(names.dropFirst(3))
        var rows: [CNEMCArchiveTable.Row] = []
        var cells: [Int32] = []
        var problems: [Diagnostic] = []
        rows.reserveCapacity(24 * 15)
        cells.reserveCapacity(24 * 15 * columns.count)

        while let line = lines.next() {
            if line.bytes.isEmpty { continue }
            let fields = line.fields
            func problem(_ message: String) {
                problems.append(Diagnostic(file: file, line: line.number, message))
            }
            guard fields.count == columns.count + 3 else {
                problem("expected \(columns.count + 3) columns, found \(fields.count)")
                continue
            }
            guard let date = LocalDate(iso: String(decoding: fields[0], as: UTF8.self)) else {
                problem("bad date \"\(String(decoding: fields[0], as: UTF8.self))\" (expected YYYYMMDD)")
                continue
            }
            guard let hour = Int(String(decoding: fields[1], as: UTF8.self)), (0...23).contains(hour) else {
                problem("bad hour \"\(String(decoding: fields[1], as: UTF8.self))\" (expected 0–23)")
                continue
            }
            let typeName = String(decoding: fields[2], as: UTF8.self)
            guard let series = CNEMCSeries(rawValue: typeName) else {
                problem(
                    "unknown type \"\(typeName)\" (expected one of \(CNEMCSeries.allCases.map(\.rawValue).joined(separator: ", ")))"
                )
                continue
            }
            let start = cells.count
            var bad: (Int, String)?
            for c in 0..<columns.count {
                let field = fields[c + 3]
                if field.isEmpty {
                    cells.append(CNEMCArchiveTable.empty)
                } else if let milli = parseMilli(field) {
                    cells.append(milli)
                } else {
                    bad = (c, String(decoding: field, as: UTF8.self))
                    break
                }
            }
            if let (c, text) = bad {
                cells.removeSubrange(start...)
                problem("column \(columns[c]): \"\(text)\" is not a number")
                continue
            }
            rows.append(.init(hour: HourStamp(date: date, endingAt: hour), series: series, line: line.number))
        }
        return CNEMCArchiveTable(columns: columns, rows: rows, cells: cells, problems: problems)
    }

    /// Parses `-?digits(.digits)?` into thousandths, straight from the bytes (the import hot
    /// path); more than three decimals go through the exact decimal parser.
    static func parseMilli(_ field: ArraySlice<UInt8>) -> Int32? {
        var i = field.startIndex
        var negative = false
        if field[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var value: Int64 = 0
        var decimals = -1
        var digits = 0
        while i < field.endIndex {
            let b = field[i]
            if b == UInt8(ascii: ".") {
                guard decimals < 0 else { return nil }
                decimals = 0
            } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                if decimals >= 0 { decimals += 1 }
                if decimals > 3 || digits > 12 { return parseLong(field) }
                value = value * 10 + Int64(b - UInt8(ascii: "0"))
                digits += 1
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        for _ in 0..<(3 - max(decimals, 0)) { value *= 10 }
        return Int32(exactly: negative ? -value : value)
    }

    private static func parseLong(_ field: ArraySlice<UInt8>) -> Int32? {
        guard let text = String(validating: field, as: UTF8.self),
            let d = try? ExactDecimal(parsing: text)
        else { return nil }
        return Concentration(d)?.milli
    }
}

/// Splits bytes into lines (LF or CRLF) and lines into comma-separated fields, without
/// copying. The archive format has no quoting.
struct LineSplitter {
    struct Line {
        let bytes: ArraySlice<UInt8>
        let number: Int
        var fields: [ArraySlice<UInt8>] { bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) }
    }

    private let bytes: [UInt8]
    private var position = 0
    private var number = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func next() -> Line? {
        guard position < bytes.count else { return nil }
        number += 1
        let end = bytes[position...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        var slice = bytes[position..<end]
        if slice.last == UInt8(ascii: "\r") { slice = slice.dropLast() }
        position = end + 1
        return Line(bytes: slice, number: number)
    }
}
