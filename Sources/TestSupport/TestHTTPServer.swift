import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A scripted HTTP/1.1 server on 127.0.0.1, for end-to-end tests of anything that fetches.
///
/// It listens on a port the kernel picks, serves each connection on its own thread, answers
/// each request from a script kept per path (the n-th request to a path gets the n-th
/// response; the last one repeats), records every request, and closes every connection after
/// one response. A path without a script gets a 404.
///
///     let server = try TestHTTPServer([
///         "/data.csv": [.status(500), .text("date,hour\n")],  // fails once, then answers
///         "/old": [.redirect(to: "/data.csv")],
///     ])
///     defer { server.stop() }
///     fetch(server.url("/old"))                            // http://127.0.0.1:PORT/old
///     server.requests(to: "/data.csv").count               // 2
///
/// Delays, stalls, resets and bodies cut short are scripted with `TestHTTPResponse.Delivery`;
/// `TestHTTPServer.unusedPort()` gives a port whose connections are refused.
public final class TestHTTPServer: Sendable {
    public let port: UInt16
    private let core: ServerCore

    /// Starts listening at once; `scripts` maps a path (without query) to its responses.
    public init(_ scripts: [String: [TestHTTPResponse]] = [:]) throws(TestServerError) {
        let (fd, port) = try LoopbackSocket.makeListener()
        self.port = port
        core = ServerCore(listener: fd, scripts: scripts)
        let core = core
        Thread.detachNewThread { core.acceptConnections() }
    }

    deinit { core.stop() }

    /// `http://127.0.0.1:PORT`
    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// `http://127.0.0.1:PORT` followed by `pathAndQuery`.
    public func url(_ pathAndQuery: String) -> String { baseURL + pathAndQuery }

    /// Replaces the script of `path` and restarts its count.
    public func script(_ path: String, _ responses: [TestHTTPResponse]) { core.script(path, responses) }

    /// Every request received so far, in arrival order.
    public var requests: [TestHTTPRequest] { core.state.withLock { $0.requests } }

    /// The requests received for `path` (query ignored).
    public func requests(to path: String) -> [TestHTTPRequest] { requests.filter { $0.path == path } }

    /// Stops listening and releases stalled connections; returns once the port is closed.
    public func stop() { core.stop() }

    /// A port on 127.0.0.1 nothing listens on, for "connection refused".
    public static func unusedPort() throws(TestServerError) -> UInt16 { try LoopbackSocket.unusedPort() }
}

/// The state the server's threads share; the threads hold this, not the server, so that
/// dropping the server stops them.
final class ServerCore: Sendable {
    struct State {
        var scripts: [String: [TestHTTPResponse]]
        var served: [String: Int] = [:]
        var requests: [TestHTTPRequest] = []
        var stopped = false
    }

    let state: Mutex<State>
    private let listener: Int32
    private let listenerClosed = DispatchSemaphore(value: 0)

    init(listener: Int32, scripts: [String: [TestHTTPResponse]]) {
        self.listener = listener
        state = Mutex(State(scripts: scripts))
    }

    var isStopped: Bool { state.withLock { $0.stopped } }

    func script(_ path: String, _ responses: [TestHTTPResponse]) {
        state.withLock {
            $0.scripts[path] = responses
            $0.served[path] = 0
        }
    }

    func stop() {
        let first = state.withLock { state in
            defer { state.stopped = true }
            return !state.stopped
        }
        if first { listenerClosed.wait() }
    }

    /// Polls rather than blocks in accept, so that `stop` is seen within 20 ms on any platform.
    func acceptConnections() {
        while !isStopped {
            guard LoopbackSocket.waitReadable(listener, milliseconds: 20) else { continue }
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            Thread.detachNewThread { self.serve(connection) }
        }
        close(listener)
        listenerClosed.signal()
    }

    /// The response for the next request to `request.path`, and the request recorded.
    func respond(to request: TestHTTPRequest) -> TestHTTPResponse {
        state.withLock { state in
            state.requests.append(request)
            guard let script = state.scripts[request.path], !script.isEmpty else {
                return .text("no script for \(request.path)\n", status: 404)
            }
            let index = state.served[request.path, default: 0]
            state.served[request.path] = index + 1
            return script[min(index, script.count - 1)]
        }
    }
}
