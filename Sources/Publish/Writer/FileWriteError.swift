import SystemPackage

/// Why a file could not be written, for the file the caller named.
public struct FileWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case create(Errno)
        case write(Errno)
        /// fsync of the new file, before the rename.
        case sync(Errno)
        case rename(Errno)
        /// fsync of the folder, after the rename: the new file is in place but may not survive a crash.
        case syncFolder(Errno)
    }

    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        switch reason {
        case .create(let e): "cannot create \(path): \(e)"
        case .write(let e): "cannot write \(path): \(e)"
        case .sync(let e): "cannot flush \(path) to disk: \(e)"
        case .rename(let e): "cannot move the new file into place at \(path): \(e)"
        case .syncFolder(let e): "cannot flush the folder of \(path) to disk (the new file is in place): \(e)"
        }
    }
}
