import Foundation

/// Runs a program of the machine (python3, xmllint) on files the tests wrote.
enum ExternalTool {
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    /// The full path of `name` on PATH, or nil.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Runs to completion; output goes through files, so a chatty program never blocks on a
    /// full pipe.
    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Result(
            status: process.terminationStatus, output: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
            // xmllint cuts its context lines mid-character: decode leniently.
            errors: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    static var hasFeedparser: Bool {
        guard let python = find("python3") else { return false }
        return (try? run(python, ["-c", "import feedparser"]).status) == 0
    }

    /// A fresh temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("publish-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
