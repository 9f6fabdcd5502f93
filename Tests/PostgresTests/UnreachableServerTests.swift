import Foundation
import Postgres
import Testing

/// An unreachable server (issue 14, faults): a `PostgresError` naming HOST:PORT, never the
/// password, and no wait without end. These need no cluster.
struct UnreachableServerTests {
    static let password = "pa55-w0rd-never-shown"

    /// A closed port: refused at once.
    @Test func aClosedPortIsNamedWithoutThePassword() throws {
        let url = try DatabaseURL("postgresql://airbulletin@127.0.0.1:1/yunnan?sslmode=disable")
        let error = #expect(throws: PostgresError.self) {
            _ = try PostgresConnection(url: url, environment: [DatabaseURL.passwordVariable: Self.password])
        }
        guard case .cannotConnect(endpoint: "127.0.0.1:1", let reason) = error else {
            Issue.record("not a refused connection: \(String(describing: error))")
            return
        }
        #expect(
            reason
                == "connection to server at \"127.0.0.1\", port 1 failed: Connection refused Is the server running on that host and accepting TCP/IP connections?"
        )
        #expect(!(error?.description.contains(Self.password) ?? true))
    }

    /// A port that accepts TCP connections and never says a word (a hung server, a firewall that
    /// swallows the packets after the handshake): libpq gives up after connect_timeout.
    @Test func aServerThatNeverAnswersTimesOut() throws {
        let silent = try SilentListener()
        defer { silent.close() }
        let url = try DatabaseURL(
            "postgresql://airbulletin@127.0.0.1:\(silent.port)/yunnan?sslmode=disable&connect_timeout=2")
        let outcome = try BoundedWait.run("connecting to a silent server", seconds: 120) { () -> PostgresError? in
            do throws(PostgresError) {
                _ = try PostgresConnection(url: url, environment: [DatabaseURL.passwordVariable: Self.password])
                return nil
            } catch {
                return error
            }
        }
        guard case .cannotConnect(let endpoint, let reason) = outcome else {
            Issue.record("not a failed connection: \(String(describing: outcome))")
            return
        }
        #expect(endpoint == "127.0.0.1:\(silent.port)")
        #expect(reason.contains("timeout expired"))
        #expect(
            outcome?.description
                == "cannot connect to the PostgreSQL server at 127.0.0.1:\(silent.port): \(reason); check that the "
                + "server runs there, the [database] url and AIRBULLETIN_DATABASE_PASSWORD")
        #expect(!(outcome?.description.contains(Self.password) ?? true))
    }
}

/// A TCP socket on 127.0.0.1 that listens and never accepts: the kernel completes the handshake,
/// nobody ever answers.
struct SilentListener {
    let descriptor: Int32
    let port: Int

    struct Failed: Error { let call: String }

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failed(call: "socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0, listen(fd, 8) == 0 else { throw Failed(call: "bind/listen") }
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else { throw Failed(call: "getsockname") }
        descriptor = fd
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func close() { _ = Glibc.close(descriptor) }
}
