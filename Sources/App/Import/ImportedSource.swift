import Fetch
import Formats
import Foundation
import Store

/// One input of an import: its bytes, the name recorded as the readings' source, and, for a
/// URL, the fetch-log row to complete once the readings are stored.
struct ImportedSource: Sendable {
    let name: String
    let bytes: [UInt8]
    let log: FetchLogEntry?
}

extension InputPreparation {
    /// Reads a path, or fetches a `file://`, `http://` or `https://` URL with the HTTP client
    /// (which keeps secrets out of the URL it reports).
    func load(_ input: String) throws -> ImportedSource {
        let lower = input.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("file://") else {
            guard let data = FileManager.default.contents(atPath: input) else {
                throw InputFailure(
                    message: "\(input): cannot read the file (does it exist?) — nothing was imported", log: nil)
            }
            return ImportedSource(name: input, bytes: Array(data), log: nil)
        }
        let request = HTTPRequest(url: input)
        let started = clock.now()
        do {
            let response = try http.fetch(request)
            let log = FetchLogEntry(
                fetchedAt: started, source: "import", url: response.finalURL.description, httpStatus: response.status,
                bytes: response.body.count, durationMilliseconds: Int(response.duration.milliseconds))
            return ImportedSource(name: request.redactedURL.description, bytes: response.body, log: log)
        } catch {
            let log = FetchLogEntry(
                fetchedAt: started, source: "import", url: request.redactedURL.description, httpStatus: nil,
                error: error.description, bytes: 0, durationMilliseconds: 0)
            throw InputFailure(message: "\(error.description) — nothing was imported", log: log)
        }
    }
}

extension ReadingsImport {
    static func readFile(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw UsageError("\(path): cannot read the file (does it exist?)")
        }
        return Array(data)
    }
}

extension FetchLogEntry {
    func with(counts: ImportCounts, rejected: Int) -> FetchLogEntry {
        var e = self
        e.readingsAdded = counts.added
        e.readingsChanged = counts.changed
        e.readingsUnchanged = counts.unchanged
        e.readingsRejected = rejected
        return e
    }

    func with(error: String) -> FetchLogEntry {
        var e = self
        e.error = error
        return e
    }
}

extension Duration {
    var milliseconds: Int64 { components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000 }
}
