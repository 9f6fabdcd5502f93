import Fetch
import Formats
import Foundation
import Store
import SystemPackage

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
            guard let bytes = ReadingsImport.readBytes(atPath: input) else {
                throw InputFailure(
                    message: "\(input): cannot read the file (does it exist?) — nothing was imported", log: nil)
            }
            return ImportedSource(name: input, bytes: bytes, log: nil)
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
        guard let bytes = readBytes(atPath: path) else {
            throw UsageError("\(path): cannot read the file (does it exist?)")
        }
        return bytes
    }

    /// The file's bytes, read straight into the array the decoders take: going through `Data`
    /// held every input twice (a 1 GB file took 2 GB before a decoder could refuse it).
    static func readBytes(atPath path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        let file = FileDescriptor(rawValue: fd)
        while true {
            // swift-system retries a read interrupted by a signal.
            guard let n = try? chunk.withUnsafeMutableBytes({ try file.read(into: $0) }) else { return nil }
            if n == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<n])
        }
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
