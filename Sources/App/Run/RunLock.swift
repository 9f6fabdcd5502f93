import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps two runs from overlapping: an exclusive `flock` on a lock file beside the database.
/// The kernel releases it when the process ends, so a crashed run never leaves a stale lock.
public final class RunLock {
    private let descriptor: Int32
    public let path: String

    /// Why the lock could not be taken.
    public struct Busy: Error, CustomStringConvertible {
        public let path: String
        public let holder: String
        public let waitedSeconds: Int
        public var description: String {
            "another airbulletin run holds \(path) (\(holder)); waited \(waitedSeconds) s. Try again when it has finished."
        }
    }

    /// Waits up to `timeoutSeconds` for the lock, polling.
    public init(path: String, timeoutSeconds: Int, pollMilliseconds: Int = 200, holderNote: String) throws {
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        let deadline = Date().addingTimeInterval(TimeInterval(timeoutSeconds))
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard Date() < deadline else {
                let holder =
                    (try? String(contentsOfFile: path, encoding: .utf8))?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown"
                close(fd)
                throw Busy(path: path, holder: holder.isEmpty ? "unknown" : holder, waitedSeconds: timeoutSeconds)
            }
            usleep(useconds_t(pollMilliseconds * 1000))
        }
        descriptor = fd
        self.path = path
        ftruncate(fd, 0)
        let note = "pid \(getpid()), \(holderNote)\n"
        _ = note.withCString { write(fd, $0, strlen($0)) }
    }

    deinit {
        ftruncate(descriptor, 0)
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
