import Foundation
import Glibc

/// Writes files so that a reader sees the old contents or the new, never a part: each text goes
/// to a temporary file in its target's directory and is synced; only when every one is written
/// are they renamed over their targets (a link there is replaced, not followed).
enum AtomicFile {
    struct WriteError: Error, CustomStringConvertible {
        let path: String
        let reason: String
        /// Files already renamed into place when a later rename failed.
        var replaced: [String] = []

        var description: String {
            "cannot write \(path): \(reason) ("
                + (replaced.isEmpty ? "nothing was replaced" : "only \(replaced.joined(separator: ", ")) was replaced")
                + ")"
        }
    }

    /// Creates missing directories; a failure before the renames leaves every target as it was.
    static func write(_ files: [(path: String, text: String)]) throws(WriteError) {
        var written: [(temporary: String, path: String)] = []
        defer { for file in written { unlink(file.temporary) } }
        for file in files {
            written.append((try writeTemporary(file.text, beside: file.path), file.path))
        }
        for (i, file) in written.enumerated() where rename(file.temporary, file.path) != 0 {
            throw WriteError(
                path: file.path, reason: String(cString: strerror(errno)), replaced: written.prefix(i).map(\.path))
        }
        // The renames themselves survive a power cut once the directories are synced.
        for directory in Set(written.map { URL(fileURLWithPath: $0.path).deletingLastPathComponent().path }) {
            let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 {
                fsync(fd)
                close(fd)
            }
        }
    }

    /// The text in a new synced file next to `path`; returns its path.
    private static func writeTemporary(_ text: String, beside path: String) throws(WriteError) -> String {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: path, reason: (error as NSError).localizedDescription)
        }
        let temporary = "\(directory)/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count, failure == nil {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n > 0 { offset += n } else if n < 0, errno != EINTR { failure = String(cString: strerror(errno)) }
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
        return temporary
    }
}
