import Formats
import Publish
import SystemPackage

/// Where exported rows go, in constant memory: rows are formatted one at a time and written in
/// 64 KiB chunks to stdout or, for `--out FILE`, through a `FileWriter`, so the file appears
/// whole and durably at the end (fsynced, renamed over FILE, its folder fsynced) and a failed
/// export never leaves half a file under the requested name, nor changes the file there.
final class ExportSink {
    typealias Format = HistoryExport.Format

    let format: Format
    let columns: [String]
    /// Nil for stdout.
    private let file: FileWriter?
    private var buffer = ByteWriter(capacity: 1 << 17)
    private(set) var rows = 0

    init(format: Format, columns: [String], excel: Bool, path: String?) throws {
        self.format = format
        self.columns = columns
        if let path {
            do throws(FileWriteError) {
                file = try FileWriter(replacing: path)
            } catch {
                throw UsageError("--out: cannot create \(path) (does its folder exist and is it writable?)")
            }
        } else {
            file = nil
        }
        switch format {
        case .csv:
            if excel { buffer.append("\u{FEFF}") }  // a UTF-8 BOM (EF BB BF), so Excel shows Chinese correctly
            buffer.append(CSVWriter.row(columns))
        case .json: buffer.append(UInt8(ascii: "["))
        case .ndjson: break
        }
    }

    /// One row; `nil` cells are empty in CSV and null in JSON. `numeric` columns are JSON numbers.
    func write(_ cells: [String?], numeric: Set<Int> = []) throws {
        switch format {
        case .csv:
            buffer.append(CSVWriter.row(cells.map { $0 ?? "" }))
        case .json, .ndjson:
            var w = JSONWriter()
            w.beginObject()
            for (i, name) in columns.enumerated() {
                w.key(name)
                if let v = cells[i], !v.isEmpty { numeric.contains(i) ? w.number(v) : w.string(v) } else { w.null() }
            }
            w.endObject()
            if format == .json { buffer.append(rows == 0 ? "\n" : ",\n") }
            buffer.append(w.text)
            if format == .ndjson { buffer.append(UInt8(ascii: "\n")) }
        }
        rows += 1
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// One row already formatted for this sink's format (CSV or NDJSON, with its newline): the
    /// hot path of large exports.
    func writeFormatted(_ build: (inout ByteWriter) -> Void) throws {
        precondition(format != .json)
        build(&buffer)
        rows += 1
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        try buffer.withBytes { bytes in
            if let file {
                try file.write(bytes)
            } else {
                do throws(Errno) {
                    try FileWriter.writeAll(bytes, to: .standardOutput)
                } catch {
                    throw FileWriteError(path: "standard output", reason: .write(error))
                }
            }
        }
        buffer.removeAll()
    }

    /// Ends the output; returns the number of rows.
    func finish() throws -> Int {
        if format == .json { buffer.append(rows == 0 ? "]\n" : "\n]\n") }
        try flush()
        do throws(FileWriteError) {
            try file?.commit()
        } catch {
            guard case .rename = error.reason else { throw error }
            throw UsageError("--out: cannot move the export into place at \(error.path)")
        }
        return rows
    }

    /// Removes the partial file after a failure; the file under the requested name is unchanged.
    func abandon() { file?.abandon() }
}
