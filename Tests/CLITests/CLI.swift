import Foundation

/// Runs the built `airbulletin` binary, as an operator or a script would.
enum CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The binary next to the test bundle (`.build/<config>/airbulletin`).
    static let binary: URL = {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("airbulletin").path), dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("airbulletin")
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// - Parameter inheritEnvironment: false runs the binary with `environment` only (as
    ///   `env -i` would), to show that nothing else from the caller's environment is needed.
    static func run(
        _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
        directory: URL? = nil, inheritEnvironment: Bool = true
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        var env = inheritEnvironment ? ProcessInfo.processInfo.environment : [:]
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes while writing stdin, so a large output never blocks the child.
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            outData = out.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Starts the binary with its output discarded and returns the running process, for a test
    /// that kills it (`kill(process.processIdentifier, SIGKILL)`) as a power cut or an OOM kill would.
    static func spawn(_ arguments: [String], environment: [String: String] = [:], directory: URL) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Every file under `root` (a site folder) with its bytes, by its path relative to `root`.
    static func files(under root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: root.path) ?? NSEnumerator() {
            var isDirectory: ObjCBool = false
            let file = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: file)
            }
        }
        return files
    }

    /// Starts the binary and returns at once; `wait()` gives its result.
    static func launch(_ arguments: [String], environment: [String: String] = [:], directory: URL? = nil) -> Launched {
        Launched(arguments: arguments, environment: environment, directory: directory)
    }

    /// A run of the binary going on in the background.
    final class Launched: @unchecked Sendable {
        private let group = DispatchGroup()
        private var result: Result?

        init(arguments: [String], environment: [String: String], directory: URL?) {
            group.enter()
            DispatchQueue.global().async {
                self.result = try? CLI.run(arguments, environment: environment, directory: directory)
                self.group.leave()
            }
        }

        func wait() -> Result? {
            group.wait()
            return result
        }
    }
}

extension CLI.Result {
    /// The last stdout line when it reports a site update (`site … updated (…)`).
    var siteLine: String? {
        let lines = stdout.split(separator: "\n")
        guard let last = lines.last, last.hasPrefix("site "), last.contains(" updated (") else { return nil }
        return String(last)
    }

    /// stdout without that last line.
    var stdoutBeforeSiteLine: String {
        guard let line = siteLine else { return stdout }
        return String(stdout.dropLast(line.count + 1))
    }
}
