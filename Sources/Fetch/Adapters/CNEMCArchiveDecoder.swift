import AQI
import Formats

/// Decodes the daily wide CSV files of the CNEMC archive (data README, Format): header
/// `date,hour,type,<columns>`, then one row per hour and type. UTF-8 without BOM, LF or CRLF,
/// the final newline optional. A bad row is reported with its line and skipped; the others
/// are kept. A header that names a column twice, or past the limits (docs/adapters.md, Limits),
/// refuses the file.
public enum CNEMCArchiveDecoder {
    /// Station (or city) columns after `date,hour,type`: the national file has 2,026.
    public static let maximumColumns = 10_000

    public static func decode(_ bytes: [UInt8], file: String) throws(Diagnostic) -> CNEMCArchiveTable {
        var lines = LineSplitter(bytes)
        guard let header = try lines.next(file: file) else {
            throw Diagnostic(file: file, line: 1, "the file is empty (expected a header starting date,hour,type)")
        }
        let columns = try readHeader(header, file: file)
        var rows: [CNEMCArchiveTable.Row] = []
        var cells: [Int32] = []
        var problems: [Diagnostic] = []
        /// The row already read for each hour and type, by index.
        var rowIndex: [RowKey: Int] = [:]
        rows.reserveCapacity(24 * 15)
        cells.reserveCapacity(24 * 15 * columns.count)

        while let line = try lines.next(file: file) {
            if line.bytes.isEmpty { continue }
            func problem(_ message: String) {
                problems.append(Diagnostic(file: file, line: line.number, message))
            }
            let expected = columns.count + 3
            // The first three fields, then the cells straight from the line's bytes (the import
            // hot path: no array of fields, no slice per cell).
            let head = line.bytes.split(separator: UInt8(ascii: ","), maxSplits: 3, omittingEmptySubsequences: false)
            let start = cells.count
            var parsed = head.count == 4 ? appendCells(head[3], count: columns.count, to: &cells) : .fieldCount
            // A wrong number of columns is the first thing said about a line, before a bad cell.
            if case .notANumber = parsed, line.fieldCount != expected { parsed = .fieldCount }
            if case .fieldCount = parsed {
                cells.removeSubrange(start...)
                problem("expected \(expected) columns, found \(line.fieldCount)")
                continue
            }
            guard let date = LocalDate(iso: String(decoding: head[0], as: UTF8.self)) else {
                cells.removeSubrange(start...)
                problem("bad date \(Excerpt(bytes: head[0])) (expected YYYYMMDD)")
                continue
            }
            guard let hour = Int(String(decoding: head[1], as: UTF8.self)), (0...23).contains(hour) else {
                cells.removeSubrange(start...)
                problem("bad hour \(Excerpt(bytes: head[1])) (expected 0–23)")
                continue
            }
            guard let series = CNEMCSeries(rawValue: String(decoding: head[2], as: UTF8.self)) else {
                cells.removeSubrange(start...)
                problem(
                    "unknown type \(Excerpt(bytes: head[2])) (expected one of "
                        + "\(CNEMCSeries.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            if case .notANumber(let c, let field) = parsed {
                cells.removeSubrange(start...)
                problem("column \(Excerpt.label(columns[c])): \(Excerpt(bytes: head[3][field])) is not a number")
                continue
            }
            let row = CNEMCArchiveTable.Row(
                hour: HourStamp(date: date, endingAt: hour), series: series, line: line.number)
            let key = RowKey(hour: row.hour, series: series)
            if let previous = rowIndex[key] {
                // As in station-csv: the later row is the upstream's correction. Replacing it in
                // place keeps one value per station, pollutant and hour in the file.
                problems.append(
                    Diagnostic(
                        file: file, line: line.number,
                        "duplicate of line \(rows[previous].line) (\(series.rawValue) \(row.hour.endISO)); "
                            + "this later row is kept",
                        severity: .warning))
                let first = previous * columns.count
                cells.replaceSubrange(first..<(first + columns.count), with: cells[start...])
                cells.removeSubrange(start...)
                rows[previous] = row
                continue
            }
            rowIndex[key] = rows.count
            rows.append(row)
        }
        return CNEMCArchiveTable(columns: columns, rows: rows, cells: cells, problems: problems)
    }

    private struct RowKey: Hashable {
        let hour: HourStamp
        let series: CNEMCSeries
    }

    /// The column names after `date,hour,type`, each named once.
    private static func readHeader(_ header: LineSplitter.Line, file: String) throws(Diagnostic) -> [String] {
        guard String(validating: header.bytes, as: UTF8.self) != nil else {
            throw Diagnostic(
                file: file, line: 1, "the file is not UTF-8 (GBK?); convert it with `iconv -f GBK -t UTF-8`")
        }
        guard header.fieldCount <= maximumColumns + 3 else {
            throw Diagnostic(
                file: file, line: 1,
                "the header has more than \(maximumColumns.groupedThousands) station columns, the limit "
                    + "(the national file has about 2,000)")
        }
        let names = header.fields.map { String(decoding: $0, as: UTF8.self) }
        guard names.count > 3, names[0] == "date" || names[0] == "\u{FEFF}date", names[1] == "hour", names[2] == "type"
        else {
            throw Diagnostic(
                file: file, line: 1,
                "not a CNEMC archive file: the header must start with date,hour,type and name at least one column")
        }
        let columns = Array(names.dropFirst(3))
        // Issue 11: a repeated code stored one station's values under another. Names equal as
        // Swift strings (canonically equivalent Unicode) cannot be told apart either.
        var first: [String: Int] = [:]
        for (c, name) in columns.enumerated() {
            if let earlier = first[name] {
                throw Diagnostic(
                    file: file, line: 1,
                    "the header names \(Excerpt.label(name)) twice (columns \(earlier + 4) and \(c + 4)); each "
                        + "station or city has one column")
            }
            first[name] = c
        }
        return columns
    }

    enum CellsParsed {
        case parsed
        /// Not `count` cells: the caller counts the line's fields for the message.
        case fieldCount
        /// The first cell that is not a number: its column and its bytes' range in the cells.
        case notANumber(column: Int, field: Range<Int>)
    }

    /// Appends `count` comma-separated cells (blank: `CNEMCArchiveTable.empty`) in thousandths;
    /// stops at the first cell that is not a number, or past `count` cells.
    static func appendCells(_ text: ArraySlice<UInt8>, count: Int, to cells: inout [Int32]) -> CellsParsed {
        text.withUnsafeBufferPointer { bytes in
            var column = 0
            var start = 0
            while true {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: ",") { end += 1 }
                guard column < count else { return .fieldCount }
                if end == start {
                    cells.append(CNEMCArchiveTable.empty)
                } else if let milli = parseMilli(UnsafeBufferPointer(rebasing: bytes[start..<end])) {
                    cells.append(milli)
                } else {
                    let base = text.startIndex
                    return .notANumber(column: column, field: (base + start)..<(base + end))
                }
                column += 1
                guard end < bytes.count else { break }
                start = end + 1
            }
            return column == count ? .parsed : .fieldCount
        }
    }

    /// Parses `-?digits(.digits)?` into thousandths, straight from the bytes (the import hot
    /// path); more than three decimals go through the exact decimal parser. A field is not empty.
    static func parseMilli(_ field: UnsafeBufferPointer<UInt8>) -> Int32? {
        var i = 0
        var negative = false
        if field[i] == UInt8(ascii: "-") {
            negative = true
            i += 1
        }
        var value: Int64 = 0
        var decimals = -1
        var digits = 0
        while i < field.count {
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

    private static func parseLong(_ field: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let text = String(validating: field, as: UTF8.self),
            let d = try? ExactDecimal(parsing: text)
        else { return nil }
        return Concentration(d)?.milli
    }
}
