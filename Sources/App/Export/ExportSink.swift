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
    private var buffer: [UInt8] = []
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
        buffer.reserveCapacity(1 << 17)
        switch format {
        case .csv:
            if excel { buffer += [0xEF, 0xBB, 0xBF] }  // a UTF-8 BOM, so Excel shows Chinese correctly
            buffer += Array(CSVWriter.row(columns).utf8)
        case .json: buffer.append(UInt8(ascii: "["))
        case .ndjson: break
        }
    }

    /// One row; `nil` cells are empty in CSV and null in JSON. `numeric` columns are JSON numbers.
    func write(_ cells: [String?], numeric: Set<Int> = []) throws {
        switch format {
        case .csv:
            buffer += Array(CSVWriter.row(cells.map { $0 ?? "" }).utf8)
        case .json, .ndjson:
            var w = JSONWriter()
            w.beginObject()
            for (i, name) in columns.enumerated() {
                w.key(name)
                if let v = cells[i], !v.isEmpty { numeric.contains(i) ? w.number(v) : w.string(v) } else { w.null() }
            }
            w.endObject()
            if format == .json { buffer += Array((rows == 0 ? "\n" : ",\n").utf8) }
            buffer += Array(w.text.utf8)
            if format == .ndjson { buffer.append(UInt8(ascii: "\n")) }
        }
        rows += 1
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// One row already formatted for this sink's format (CSV or NDJSON, with its newline): the
    /// hot path of large exports.
    func writeFormatted(_ build: (inout [UInt8]) -> Void) throws {
        precondition(format != .json)
        build(&buffer)
        rows += 1
        if buffer.count >= 1 << 16 { try flush() }
    }

    private func flush() throws {
        if let file {
            try file.write(buffer)
        } else {
            do throws(Errno) {
                try FileWriter.writeAll(buffer, to: .standardOutput)
            } catch {
                throw FileWriteError(path: "standard output", reason: .write(error))
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Ends the output; returns the number of rows.
    func finish() throws -> Int {
        if format == .json { buffer += Array((rows == 0 ? "]\n" : "\n]\n").utf8) }
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
