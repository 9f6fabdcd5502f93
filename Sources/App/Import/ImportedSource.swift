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
            let bytes: [UInt8]
            switch ReadingsImport.readInput(atPath: input, firstLineLimit: format.isLineBased ? CSVLimits.standard.lineBytes : nil) {
            case .success(let read): bytes = read
            case .failure(let refusal):
                throw InputFailure(
                    message: "\(input)\(refusal.message) — nothing was imported", log: nil,
                    diagnostic: refusal.line.map {
                        Diagnostic(file: input, line: $0, refusal.text + " — nothing was imported; fix or leave out this file")
                    })
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

    /// The largest input file an import reads (docs/adapters.md, Limits): a national day of the
    /// CNEMC archive is about 5 MB, a year of one station's CSV under 20 MB. Larger files are
    /// refused before anything is read, so that memory stays bounded; split them.
    static let inputByteLimit = 512 << 20

    /// Why an input file is not read.
    struct InputRefusal: Error {
        /// What is wrong, e.g. `cannot read the file (does it exist?)`.
        let text: String
        /// The line it is about, when it is about one.
        var line: Int? = nil

        /// Follows the path: `: cannot read the file (does it exist?)`.
        var message: String { ": " + text }
    }

    /// An input file's bytes, refused before they are all read when the file is larger than
    /// `inputByteLimit` or, for a line-based format, when its first line runs past the line limit
    /// (a one-line 1 GB file is refused after reading 1 MiB).
    static func readInput(atPath path: String, firstLineLimit: Int?) -> Result<[UInt8], InputRefusal> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(InputRefusal(text: "cannot read the file (does it exist?)")) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else {
            return .failure(InputRefusal(text: "cannot read the file (does it exist?)"))
        }
        guard Int(status.st_size) <= inputByteLimit else {
            return .failure(
                InputRefusal(
                    text: "the file is \(Int(status.st_size).groupedThousands) bytes, more than the "
                        + "\(inputByteLimit >> 20) MiB an import reads at once; split it (one file per day, as the archive has)"))
        }
        let file = FileDescriptor(rawValue: fd)
        var bytes: [UInt8] = []
        if let limit = firstLineLimit {
            // The first line (a header) must end within the limit: read that much first.
            var head = [UInt8](repeating: 0, count: limit + 1)
            var filled = 0
            while filled < head.count {
                guard let n = try? head.withUnsafeMutableBytes({ try file.read(into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) })
                else { return .failure(InputRefusal(text: "cannot read the file (does it exist?)")) }
                if n == 0 { break }
                filled += n
            }
            head.removeSubrange(filled...)
            if filled > limit, !head.contains(UInt8(ascii: "\n")) {
                let refusal = CSVLimitExceeded.lineTooLong(line: 1, limit: limit, beginning: head.prefix(64))
                return .failure(InputRefusal(text: refusal.message, line: 1))
            }
            bytes = head
        }
        guard let rest = readBytes(file, into: bytes, expected: Int(status.st_size)) else {
            return .failure(InputRefusal(text: "cannot read the file (does it exist?)"))
        }
        return .success(rest)
    }

    /// The file's bytes, read straight into the array the decoders take: going through `Data`
    /// held every input twice (a 1 GB file took 2 GB before a decoder could refuse it).
    static func readBytes(atPath path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0, (status.st_mode & S_IFMT) != S_IFDIR else { return nil }
        return readBytes(FileDescriptor(rawValue: fd), into: [], expected: Int(status.st_size))
    }

    /// Reads `file` to its end after `bytes`.
    private static func readBytes(_ file: FileDescriptor, into start: [UInt8], expected: Int) -> [UInt8]? {
        var bytes = start
        bytes.reserveCapacity(expected)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
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
