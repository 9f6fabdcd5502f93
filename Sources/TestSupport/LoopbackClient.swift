#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A blocking TCP client of 127.0.0.1 for the tests of servers the program runs (the HJ 212
/// receiver): connect, send bytes, read lines ending CR LF.
public final class LoopbackClient {
    private var fd: Int32
    private var pending: [UInt8] = []

    /// Connects to 127.0.0.1:`port`.
    public init(port: Int) throws(TestServerError) {
        let fd = LoopbackSocket.makeSocket()
        guard fd >= 0 else { throw TestServerError("socket") }
        var address = LoopbackSocket.loopback(port: UInt16(port))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let error = TestServerError("connect")
            close(fd)
            throw error
        }
        self.fd = fd
    }

    deinit { if fd >= 0 { close(fd) } }

    /// False when the peer has gone.
    @discardableResult
    public func send(_ bytes: some Collection<UInt8>) -> Bool { LoopbackSocket.sendAll(fd, bytes) }

    @discardableResult
    public func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// The next line through its CR LF, or nil when none comes within `milliseconds` or the
    /// peer closed.
    public func line(milliseconds: Int32 = 5_000) -> String? {
        while true {
            if let end = pending.indices.dropLast().first(where: { pending[$0] == 0x0D && pending[$0 + 1] == 0x0A }) {
                let line = String(decoding: pending[...(end + 1)], as: UTF8.self)
                pending.removeFirst(end + 2)
                return line
            }
            guard LoopbackSocket.waitReadable(fd, milliseconds: milliseconds) else { return nil }
            let bytes = LoopbackSocket.receive(fd)
            guard !bytes.isEmpty else { return nil }
            pending += bytes
        }
    }

    /// True when the server closed the connection within `milliseconds` (the next read is empty).
    public func isClosedByPeer(milliseconds: Int32 = 5_000) -> Bool {
        guard LoopbackSocket.waitReadable(fd, milliseconds: milliseconds) else { return false }
        return LoopbackSocket.receive(fd).isEmpty
    }

    /// Closes at once with a TCP RST (a station losing its link mid-packet).
    public func reset() {
        LoopbackSocket.closeWithReset(fd)
        fd = -1
    }
}
