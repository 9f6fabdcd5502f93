import Foundation
import Publish
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The site is swapped in whole; unchanged files keep their modification time; a failure
/// before the swap leaves the old site byte for byte; paths cannot escape the directory.
@Suite struct SiteWriterTests {
    static func files(_ pairs: [(String, String)]) -> [RenderedFile] { pairs.map { RenderedFile(path: $0, text: $1) } }

    /// Every regular file under `folder`, relative path → bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: folder.path)
        while let entry = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(entry).path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            {
                out[entry] = try Data(contentsOf: folder.appendingPathComponent(entry))
            }
        }
        return out
    }

    static func modificationTime(_ path: String) -> Int {
        var info = stat()
        precondition(lstat(path, &info) == 0)
        return Int(info.st_mtim.tv_sec)
    }

    /// Sets a file's modification time to a fixed past moment.
    static func age(_ path: String) {
        var times = [timespec(tv_sec: 1_000_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000_000, tv_nsec: 0)]
        precondition(utimensat(AT_FDCWD, path, &times, 0) == 0)
    }

    @Test func writesSwapsAndKeepsUnchangedFiles() throws {
        let parent = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("public")
        let first = try SiteWriter().write(
            files: Self.files([("index.html", "one"), ("a/b/c.txt", "kept"), ("old.txt", "gone soon")]), to: site.path)
        #expect(first == SiteWriter.Summary(written: 3, unchanged: 0, removed: 0))
        Self.age(site.appendingPathComponent("a/b/c.txt").path)
        Self.age(site.appendingPathComponent("index.html").path)

        let second = try SiteWriter().write(
            files: Self.files([("index.html", "two"), ("a/b/c.txt", "kept"), ("new.txt", "new")]), to: site.path)
        #expect(second == SiteWriter.Summary(written: 2, unchanged: 1, removed: 1))
        #expect(
            try Self.snapshot(site) == [
                "index.html": Data("two".utf8), "a/b/c.txt": Data("kept".utf8), "new.txt": Data("new".utf8),
            ])
        #expect(Self.modificationTime(site.appendingPathComponent("a/b/c.txt").path) == 1_000_000_000)
        #expect(Self.modificationTime(site.appendingPathComponent("index.html").path) != 1_000_000_000)
        // Nothing is left beside the site but its lock file.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [".public.lock", "public"])
    }

    @Test func aFailureBeforeTheSwapLeavesTheOldSiteAsItWas() throws {
        let parent = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("public")
        _ = try SiteWriter().write(files: GoldenSite.files, to: site.path)
        let before = try Self.snapshot(site)
        struct DiskFull: Error, CustomStringConvertible { var description: String { "No space left on device" } }
        let failing = SiteWriter { staging in
            // The new site is complete at this point, and the old one untouched.
            #expect(FileManager.default.fileExists(atPath: staging + "/index.html"))
            throw DiskFull()
        }
        let changed = GoldenSite.files.map { RenderedFile(path: $0.path, text: $0.text + "changed") }
        let error = #expect(throws: SiteWriteError.self) { try failing.write(files: changed, to: site.path) }
        #expect(
            error?.description
                == "site not written (the previous site is unchanged): stopped before the swap: No space left on device"
        )
        #expect(try Self.snapshot(site) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == [".public.lock", "public"])
    }

    @Test(arguments: [
        ("../outside.html", "refusing to write: \"../outside.html\" climbs out of the site directory with \"..\""),
        (
            "/etc/passwd",
            "refusing to write: \"/etc/passwd\" is absolute (site paths are relative to the site directory)"
        ),
        ("a/../../b", "refusing to write: \"a/../../b\" climbs out of the site directory with \"..\""),
        ("a//b", "refusing to write: \"a//b\" has an empty component (\"//\" or a trailing \"/\")"),
        (".git/config", "refusing to write: \".git/config\" has a component starting with \".\""),
        ("a\\..\\b", "refusing to write: \"a\\..\\b\" contains a backslash or a control character"),
    ])
    func pathsThatEscapeAreRefused(path: String, message: String) throws {
        let parent = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let site = parent.appendingPathComponent("public")
        _ = try SiteWriter().write(files: Self.files([("index.html", "old")]), to: site.path)
        let error = #expect(throws: SiteWriteError.self) {
            try SiteWriter().write(files: Self.files([("index.html", "new"), (path, "x")]), to: site.path)
        }
        #expect(error?.message == message)
        #expect(try Self.snapshot(site) == ["index.html": Data("old".utf8)])
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("outside.html").path))
    }

    @Test func aFileCannotAlsoBeAFolder() throws {
        let parent = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let error = #expect(throws: SiteWriteError.self) {
            try SiteWriter().write(
                files: Self.files([("a", "x"), ("a/b", "y")]), to: parent.appendingPathComponent("s").path)
        }
        #expect(error?.message == "refusing to write: \"a\" is both a file and the folder of \"a/b\"")
    }

    /// A crash between the two renames of the fallback swap leaves the old site under its backup
    /// name; the next write puts it back before anything else.
    @Test func anInterruptedSwapIsRecovered() throws {
        let parent = try ExternalTool.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: parent) }
        let backup = parent.appendingPathComponent(".public.old-123")
        try FileManager.default.createDirectory(at: backup, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: backup.appendingPathComponent("index.html"))
        let failing = SiteWriter { _ in throw CocoaError(.fileWriteOutOfSpace) }
        #expect(throws: SiteWriteError.self) {
            try failing.write(
                files: Self.files([("index.html", "new")]), to: parent.appendingPathComponent("public").path)
        }
        #expect(try Self.snapshot(parent.appendingPathComponent("public")) == ["index.html": Data("old".utf8)])
    }
}
