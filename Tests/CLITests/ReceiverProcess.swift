import Foundation
import Synchronization

/// `airbulletin receive` running in the background with its stderr read as it comes: the test
/// learns the port it bound (`--listen 127.0.0.1:0`) from its first line, then stops it with a
/// signal as systemd would.
final class ReceiverProcess {
    /// stderr as read so far, filled by the reading thread.
    private final class Output: Sendable {
        let text = Mutex("")
        let finished = DispatchSemaphore(value: 0)
    }

    private let process: Process
    private let output = Output()
    /// The port of `receive: listening on 127.0.0.1:PORT …`.
    let port: Int

    init(_ arguments: [String], environment: [String: String], directory: URL) throws {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
        let handle = err.fileHandleForReading
        let output = output
        Thread.detachNewThread {
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                output.text.withLock { $0 += String(decoding: data, as: UTF8.self) }
            }
            output.finished.signal()
        }
        var port = 0
        for _ in 0..<1_000 {
            let text = output.text.withLock { $0 }
            if let range = text.firstRange(of: "listening on 127.0.0.1:") {
                port = Int(text[range.upperBound...].prefix { $0.isNumber }) ?? 0
                break
            }
            if !process.isRunning { break }
            usleep(10_000)
        }
        self.port = port
    }

    /// What it has written to stderr so far.
    var stderr: String { output.text.withLock { $0 } }

    /// Sends `signal` and waits for the exit: its status and all of its stderr.
    func stop(_ signal: Int32 = SIGTERM) -> (status: Int32, stderr: String) {
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        output.finished.wait()
        return (process.terminationStatus, stderr)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
}
