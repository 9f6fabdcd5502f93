import SystemPackage

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The program's one writer of bytes: the site's files (and so the reports), the exports, and
/// what the CLI prints. Every write goes through swift-system's `FileDescriptor.writeAll`, which
/// goes on after a short write and retries EINTR, so no caller keeps a write loop of its own.
///
/// An instance is a file that replaces another atomically (`--out FILE`): the bytes stream into
/// a temporary file beside the target (same folder, so same file system), and `commit()` fsyncs
/// it, renames it over the target and fsyncs the folder. A reader, or the disk after a crash,
/// sees the old file or the new one whole, never a prefix. Until `commit()` the target is
/// untouched; `abandon()`, or dropping the writer, removes the temporary file.
public final class FileWriter {
    /// The file this writer replaces.
    public let path: String
    private let temporaryPath: String
    private let folder: String
    /// Nil once committed or abandoned.
    private var descriptor: FileDescriptor?

    /// Creates the temporary file `.NAME.PID.part` beside `path`; `path` itself is not touched.
    public init(replacing path: String) throws(FileWriteError) {
        let target = FilePath(path)
        guard let name = target.lastComponent else {
            throw FileWriteError(path: path, reason: .create(.invalidArgument))
        }
        let parent = target.removingLastComponent()
        self.path = path
        folder = parent.isEmpty ? "." : parent.string
        temporaryPath = parent.appending(".\(name).\(getpid()).part").string
        do {
            descriptor = try FileDescriptor.open(
                temporaryPath, .writeOnly, options: [.create, .truncate, .noFollow, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch {
            throw FileWriteError(path: path, reason: .create(Self.asErrno(error)))
        }
    }

    deinit { abandon() }

    /// Appends `bytes` to the new file.
    public func write(_ bytes: some Sequence<UInt8>) throws(FileWriteError) {
        guard let descriptor else { preconditionFailure("FileWriter.write after commit or abandon") }
        do throws(Errno) {
            try Self.writeAll(bytes, to: descriptor)
        } catch {
            throw FileWriteError(path: path, reason: .write(error))
        }
    }

    /// Puts the new file in the place of `path`, durably. On an error before the rename, the
    /// temporary file is removed and `path` holds what it held before.
    public func commit() throws(FileWriteError) {
        guard let descriptor else { preconditionFailure("FileWriter.commit after commit or abandon") }
        self.descriptor = nil
        // The data must be on disk before the new name points at it: without this fsync a crash
        // soon after the rename can leave an empty or partial file under the name (ext4's
        // auto_da_alloc is a heuristic, XFS and btrfs give no such promise).
        if fsync(descriptor.rawValue) != 0 {
            let reason = FileWriteError.Reason.sync(Errno(rawValue: errno))
            try? descriptor.close()
            discardTemporaryFile()
            throw FileWriteError(path: path, reason: reason)
        }
        do {
            try descriptor.close()
        } catch {
            discardTemporaryFile()
            throw FileWriteError(path: path, reason: .write(Self.asErrno(error)))
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = FileWriteError.Reason.rename(Errno(rawValue: errno))
            discardTemporaryFile()
            throw FileWriteError(path: path, reason: reason)
        }
        do throws(Errno) {
            try Self.syncDirectory(folder)
        } catch {
            throw FileWriteError(path: path, reason: .syncFolder(error))
        }
    }

    /// Removes the temporary file; `path` keeps what it held. Does nothing after `commit()`.
    public func abandon() {
        guard let descriptor else { return }
        self.descriptor = nil
        try? descriptor.close()
        discardTemporaryFile()
    }

    private func discardTemporaryFile() { _ = unlink(temporaryPath) }

    // MARK: - Whole writes

    /// Writes every byte of `bytes` to `descriptor` (standard output, a file), however many
    /// write(2) calls that takes.
    public static func writeAll(_ bytes: some Sequence<UInt8>, to descriptor: FileDescriptor) throws(Errno) {
        do {
            try descriptor.writeAll(bytes)
        } catch {
            throw asErrno(error)
        }
    }

    /// Creates `path`, which must not exist, holding `bytes`, and does not sync it: the site
    /// writes hundreds of files into its staging folder and flushes them all with one syncfs
    /// before the swap (`FileSystem.flushFileSystem`).
    static func writeNewFile(_ path: String, _ bytes: [UInt8]) throws(FileWriteError) {
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(
                path, .writeOnly, options: [.create, .exclusiveCreate, .closeOnExec],
                permissions: [.ownerReadWrite, .groupRead, .otherRead])
        } catch {
            throw FileWriteError(path: path, reason: .create(asErrno(error)))
        }
        do {
            _ = try descriptor.closeAfter { try descriptor.writeAll(bytes) }
        } catch {
            throw FileWriteError(path: path, reason: .write(asErrno(error)))
        }
    }

    /// Flushes a folder's entries (the renames in it) to disk. EINVAL is a file system that
    /// cannot sync a folder (fsync(2)): nothing more can be done there.
    static func syncDirectory(_ path: String) throws(Errno) {
        let descriptor: FileDescriptor
        do {
            descriptor = try FileDescriptor.open(path, .readOnly, options: [.directory, .closeOnExec])
        } catch {
            throw asErrno(error)
        }
        defer { try? descriptor.close() }
        if fsync(descriptor.rawValue) != 0, errno != EINVAL { throw Errno(rawValue: errno) }
    }

    /// swift-system's calls throw only `Errno`, untyped.
    private static func asErrno(_ error: any Error) -> Errno { error as? Errno ?? .ioError }
}
