import Foundation
import Postgres

/// A PostgreSQL cluster of one test's own (scripts/pg-cluster), stopped and deleted at the end:
/// for the faults that restart or stop the server, which must break no other test's connection.
struct OwnCluster {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/pg-cluster").path

    let directory: String
    let url: DatabaseURL
    let password: String
    var environment: [String: String] { [DatabaseURL.passwordVariable: password] }

    static func with<T>(_ body: (OwnCluster) throws -> T) throws -> T {
        // Short: a socket path holds at most 107 bytes.
        let directory = "/tmp/abpg-" + UUID().uuidString.prefix(8).lowercased()
        defer { try? run("stop", directory) }
        try run("start", directory)
        var values: [String: String] = [:]
        for line in try String(contentsOfFile: directory + "/env", encoding: .utf8).split(separator: "\n") {
            let parts = line.dropFirst("export ".count).split(separator: "=", maxSplits: 1)
            values[String(parts[0])] = String(parts[1].dropFirst().dropLast())
        }
        return try body(
            OwnCluster(
                directory: directory, url: try DatabaseURL(values["AIRBULLETIN_TEST_DATABASE_URL"]!),
                password: values[DatabaseURL.passwordVariable]!))
    }

    /// `pg_ctl restart -m fast`: every connection is terminated, the server is back when this returns.
    func restart() throws { try Self.run("restart", directory) }

    struct Failed: Error, CustomStringConvertible {
        let command: String
        let status: Int32
        var description: String { "scripts/pg-cluster \(command) exited with \(status)" }
    }

    /// Runs the script and waits for it with `waitpid`. Not through Foundation's `Process`: its
    /// `waitUntilExit` waits for a descriptor the child holds to close, and the server the script
    /// starts (a daemon) inherits it and keeps it open, so `start` and `restart` never returned
    /// (the hang of the first restart test).
    static func run(_ command: String, _ directory: String) throws {
        let arguments = ["/bin/bash", script, command, directory]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let spawned = posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failed(command: command, status: spawned) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        // WIFEXITED and WEXITSTATUS are macros Swift does not import.
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited, code == 0 else { throw Failed(command: command, status: exited ? code : -1) }
    }
}
