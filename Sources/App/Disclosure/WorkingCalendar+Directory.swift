import Disclosure
import Formats
import Foundation

extension WorkingCalendar {
    /// The built-in years plus every `YYYY.toml` in `directory` (docs/calendar.md), so a bureau
    /// adds next year's schedule without a new build. A missing directory adds nothing; a bad
    /// file stops with diagnostics naming it.
    public static func load(directory: String?) throws -> WorkingCalendar {
        guard let directory, FileManager.default.fileExists(atPath: directory) else { return .builtin }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw UsageError("\(directory): cannot list the calendar directory (\(error.localizedDescription))")
        }
        var files: [(name: String, path: String, text: String)] = []
        for name in names.sorted() where name.hasSuffix(".toml") {
            let path = (directory as NSString).appendingPathComponent(name)
            files.append((name, path, try DisclosureFiles.readText(path, limit: 1 << 20)))
        }
        return try combining(builtinWith: files)
    }
}

/// Reading the clerk's files: UTF-8 text of a bounded size, or a message naming the file.
enum DisclosureFiles {
    static func readText(_ path: String, limit: Int) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("\(path): cannot read the file (does it exist?)")
        }
        guard data.count <= limit else {
            throw UsageError("\(path): the file is \(data.count) bytes; at most \(limit) are read (split it)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw UsageError("\(path): the file is not UTF-8 text (save it as UTF-8)")
        }
        return text
    }
}
