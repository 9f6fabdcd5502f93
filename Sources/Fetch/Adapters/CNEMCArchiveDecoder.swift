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
            let fields = line.fields(atMost: expected + 1)
            guard fields.count == expected else {
                problem("expected \(expected) columns, found \(line.fieldCount)")
                continue
            }
            guard let date = LocalDate(iso: String(decoding: fields[0], as: UTF8.self)) else {
                problem("bad date \(Excerpt(bytes: fields[0])) (expected YYYYMMDD)")
                continue
            }
            guard let hour = Int(String(decoding: fields[1], as: UTF8.self)), (0...23).contains(hour) else {
                problem("bad hour \(Excerpt(bytes: fields[1])) (expected 0–23)")
                continue
            }
            guard let series = CNEMCSeries(rawValue: String(decoding: fields[2], as: UTF8.self)) else {
                problem(
                    "unknown type \(Excerpt(bytes: fields[2])) (expected one of "
                        + "\(CNEMCSeries.allCases.map(\.rawValue).joined(separator: ", ")))")
                continue
            }
            let start = cells.count
            var bad: (Int, Excerpt)?
            for c in 0..<columns.count {
                let field = fields[c + 3]
                if field.isEmpty {
                    cells.append(CNEMCArchiveTable.empty)
                } else if let milli = parseMilli(field) {
                    cells.append(milli)
                } else {
                    bad = (c, Excerpt(bytes: field))
                    break
                }
            }
            if let (c, text) = bad {
                cells.removeSubrange(start...)
                problem("column \(Excerpt.label(columns[c])): \(text) is not a number")
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
