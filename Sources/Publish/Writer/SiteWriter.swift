import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a rendered site to its directory so that readers only ever see the old site or the
/// new one (ARCHITECTURE.md, Output): the new site is built in a temporary directory beside the
/// target (same file system), then swapped in by an atomic exchange of the two directories.
/// Files whose bytes did not change are carried over by hard link, keeping their modification
/// time. On any error before the swap the old site is untouched and the temporary directory gone.
public struct SiteWriter: Sendable {
    /// What one write did.
    public struct Summary: Sendable, Equatable {
        /// Files whose bytes are new or changed.
        public let written: Int
        /// Files kept from the old site, modification time included.
        public let unchanged: Int
        /// Files of the old site that the new one no longer has.
        public let removed: Int

        public init(written: Int, unchanged: Int, removed: Int) {
            self.written = written
            self.unchanged = unchanged
            self.removed = removed
        }
    }

    private let beforeSwap: @Sendable (_ temporaryDirectory: String) throws -> Void

    public init() { beforeSwap = { _ in } }

    /// A writer with a fault-injection point for tests: `beforeSwap` runs when the new site is
    /// complete in its temporary directory, just before the swap; an error it throws aborts
    /// the write as any failure would.
    public init(beforeSwap: @escaping @Sendable (_ temporaryDirectory: String) throws -> Void) {
        self.beforeSwap = beforeSwap
    }

    /// Replaces the site in `directory` (created when missing) by exactly `files`.
    public func write(files: [RenderedFile], to directory: String) throws(SiteWriteError) -> Summary {
        try SiteWriter.checkPaths(files)
        let target = URL(fileURLWithPath: directory).standardizedFileURL.path
        let name = (target as NSString).lastPathComponent
        let parent = (target as NSString).deletingLastPathComponent
        guard !name.isEmpty, name != "/", !parent.isEmpty else {
            throw SiteWriteError("\(directory): cannot use this directory as a site directory")
        }
        try FileSystem.makeDirectories(parent)
        let lock = try FileSystem.lock(parent + "/.\(name).lock")
        defer { close(lock) }
        try SiteWriter.recoverInterruptedSwap(parent: parent, name: name, target: target)

        let staging = parent + "/.\(name).new-\(getpid())"
        try FileSystem.removeTree(staging)
        try FileSystem.makeDirectory(staging)
        let summary: Summary
        do throws(SiteWriteError) {
            summary = try SiteWriter.build(files, into: staging, comparingWith: target)
            try FileSystem.flushFileSystem(of: staging)
            do {
                try beforeSwap(staging)
            } catch {
                throw SiteWriteError("stopped before the swap: \(error)")
            }
            try SiteWriter.swap(staging, into: target, parent: parent, name: name)
        } catch {
            try? FileSystem.removeTree(staging)
            throw error
        }
        return summary
    }

    // MARK: - Steps

    /// Refuses paths that could escape the directory, duplicates, and a file that is also a folder.
    static func checkPaths(_ files: [RenderedFile]) throws(SiteWriteError) {
        var seen = Set<String>()
        for file in files {
            if let problem = SitePaths.problem(with: file.path) {
                throw SiteWriteError("refusing to write: \(problem)")
            }
            guard seen.insert(file.path).inserted else {
                throw SiteWriteError("refusing to write: \"\(file.path)\" is given twice")
            }
        }
        for file in files {
            var prefix = ""
            for component in file.path.split(separator: "/").dropLast() {
                prefix += prefix.isEmpty ? String(component) : "/" + component
                if seen.contains(prefix) {
                    throw SiteWriteError(
                        "refusing to write: \"\(prefix)\" is both a file and the folder of \"\(file.path)\"")
                }
            }
        }
    }

    /// Writes every file into `staging`, hard-linking the old file when the bytes are the same.
    static func build(_ files: [RenderedFile], into staging: String, comparingWith target: String)
        throws(SiteWriteError)
        -> Summary
    {
        var made = Set<String>()
        var written = 0
        var unchanged = 0
        for file in files {
            let folder = (file.path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !made.contains(folder) {
                try FileSystem.makeDirectories(staging + "/" + folder)
                made.insert(folder)
            }
            let destination = staging + "/" + file.path
            let old = target + "/" + file.path
            if FileSystem.regularFileHasBytes(old, file.bytes), link(old, destination) == 0 {
                unchanged += 1
            } else {
                do throws(FileWriteError) {
                    try FileWriter.writeNewFile(destination, file.bytes)
                } catch {
                    throw SiteWriteError(error.description)
                }
                written += 1
            }
        }
        let kept = Set(files.map(\.path))
        let removed = FileSystem.regularFiles(under: target).filter { !kept.contains($0) }.count
        return Summary(written: written, unchanged: unchanged, removed: removed)
    }

    /// Puts `staging` in the place of `target`: an atomic exchange where the kernel offers one
    /// (renameat2 RENAME_EXCHANGE), else old → backup, new → target, backup removed.
    static func swap(_ staging: String, into target: String, parent: String, name: String) throws(SiteWriteError) {
        var info = stat()
        if lstat(target, &info) != 0 {
            guard rename(staging, target) == 0 else {
                throw SiteWriteError.posix("cannot move the new site to \(target)")
            }
            syncFolder(parent)
            return
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw SiteWriteError("\(target) exists and is not a directory; refusing to replace it")
        }
        if FileSystem.exchange(staging, target) {
            syncFolder(parent)
            try? FileSystem.removeTree(staging)  // now the old site
            return
        }
        let backup = parent + "/.\(name).old-\(getpid())"
        guard rename(target, backup) == 0 else { throw SiteWriteError.posix("cannot move the old site aside") }
        guard rename(staging, target) == 0 else {
            let error = SiteWriteError.posix("cannot move the new site to \(target)")
            _ = rename(backup, target)
            throw error
        }
        syncFolder(parent)
        try? FileSystem.removeTree(backup)
    }

    /// Flushes the renames in `parent` to disk; best effort, since the new site is already in
    /// place and an error would wrongly say the previous one is unchanged.
    private static func syncFolder(_ parent: String) { try? FileWriter.syncDirectory(parent) }

    /// After a crash between the two renames of the fallback swap, puts the old site back; and
    /// removes what an interrupted write left beside the target.
    static func recoverInterruptedSwap(parent: String, name: String, target: String) throws(SiteWriteError) {
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []).sorted()
        var info = stat()
        if lstat(target, &info) != 0, let backup = leftovers.first(where: { $0.hasPrefix(".\(name).old-") }) {
            guard rename(parent + "/" + backup, target) == 0 else {
                throw SiteWriteError.posix("cannot restore the site from \(parent)/\(backup)")
            }
        }
        for entry in leftovers where entry.hasPrefix(".\(name).new-") || entry.hasPrefix(".\(name).old-") {
            try? FileSystem.removeTree(parent + "/" + entry)
        }
    }
}

/// Why the site could not be written; the old site is unchanged.
public struct SiteWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { "site not written (the previous site is unchanged): \(message)" }

    static func posix(_ what: String) -> SiteWriteError {
        SiteWriteError("\(what): \(String(cString: strerror(errno)))")
    }
}
