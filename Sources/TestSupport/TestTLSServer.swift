import Foundation

/// An HTTPS server for tests: `openssl s_server -HTTP` on 127.0.0.1, with a certificate for
/// 127.0.0.1 made fresh for each server and trusted by nobody. A client that verifies TLS must
/// refuse it, unless it is given `certificatePath` as its CA bundle.
///
/// It serves fixed responses by path (complete deliveries only), one connection at a time.
/// Tests that use it are enabled only `if TestTLSServer.isAvailable` (an `openssl` on PATH).
public final class TestTLSServer: Sendable {
    public let port: UInt16
    /// The server's self-signed certificate (PEM): the CA bundle that makes it trusted.
    public let certificatePath: String
    private let directory: URL
    private let process: Process

    /// `responses` maps a path of one segment (`/data.csv`) to what is sent for it.
    public init(_ responses: [String: TestHTTPResponse]) throws(TestServerError) {
        guard let openssl = Self.openSSL else { throw TestServerError(message: "openssl is not on PATH") }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        certificatePath = directory.appendingPathComponent("cert.pem").path
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for (path, response) in responses {
                let name = String(path.drop { $0 == "/" })
                guard !name.isEmpty, !name.contains("/"), name != "cert.pem", name != "key.pem" else {
                    throw TestServerError(message: "TestTLSServer serves one-segment paths only, not \(path)")
                }
                let bytes = response.head(contentLength: response.body.count) + response.body
                try Data(bytes).write(to: directory.appendingPathComponent(name))
            }
            try Self.run(
                openssl,
                [
                    "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
                    "-keyout", "key.pem", "-out", "cert.pem", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1",
                ], in: directory)
            port = try LoopbackSocket.unusedPort()
            process = try Self.start(
                openssl,
                [
                    "s_server", "-accept", "127.0.0.1:\(port)", "-cert", "cert.pem", "-key", "key.pem", "-HTTP",
                    "-quiet",
                ],
                in: directory)
        } catch let error as TestServerError {
            try? FileManager.default.removeItem(at: directory)
            throw error
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw TestServerError(message: "TestTLSServer: \(error)")
        }
        guard LoopbackSocket.waitForListener(port: port, milliseconds: 5000) else {
            stop()
            throw TestServerError(message: "openssl s_server did not start listening on port \(port)")
        }
    }

    deinit { stop() }

    /// `https://127.0.0.1:PORT` followed by `path`.
    public func url(_ path: String) -> String { "https://127.0.0.1:\(port)\(path)" }

    public func stop() {
        if process.isRunning {
            // SIGKILL, not terminate(): a test runner may start children with SIGTERM blocked.
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: directory)
    }

    /// The `openssl` executable on PATH, if any.
    public static var openSSL: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { $0 + "/openssl" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    public static var isAvailable: Bool { openSSL != nil }

    private static func start(_ executable: String, _ arguments: [String], in directory: URL) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private static func run(_ executable: String, _ arguments: [String], in directory: URL) throws {
        let process = try start(executable, arguments, in: directory)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestServerError(message: "openssl \(arguments[0]) failed with status \(process.terminationStatus)")
        }
    }
}
