#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A failed socket call in the test servers, with the system's reason.
public struct TestServerError: Error, CustomStringConvertible {
    public let description: String

    init(_ call: String) { description = "\(call): \(String(cString: strerror(errno)))" }
    init(message: String) { description = message }
}

/// Plain POSIX TCP sockets on 127.0.0.1, as the test servers need them.
enum LoopbackSocket {
    /// A listening socket on 127.0.0.1 and its port (`port` 0 lets the kernel choose a free one).
    static func makeListener(port: UInt16 = 0) throws(TestServerError) -> (fd: Int32, port: UInt16) {
        let fd = makeSocket()
        guard fd >= 0 else { throw TestServerError("socket") }
        var address = loopback(port: port)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            let error = TestServerError(bound == 0 ? "listen" : "bind")
            close(fd)
            throw error
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else {
            let error = TestServerError("getsockname")
            close(fd)
            throw error
        }
        return (fd, UInt16(bigEndian: address.sin_port))
    }

    /// A port on 127.0.0.1 that nothing listens on: the kernel picks a free one, and the socket
    /// is closed again before anyone connects (connecting to it is refused).
    static func unusedPort() throws(TestServerError) -> UInt16 {
        let (fd, port) = try makeListener()
        close(fd)
        return port
    }

    /// Waits until `fd` is readable, up to `milliseconds`; false on timeout.
    static func waitReadable(_ fd: Int32, milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&entry, 1, milliseconds) > 0
    }

    /// Sends all of `bytes`; false when the peer has gone.
    @discardableResult
    static func sendAll(_ fd: Int32, _ bytes: some Collection<UInt8>) -> Bool {
        let bytes = Array(bytes)
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { send(fd, $0.baseAddress! + sent, bytes.count - sent, noSignal) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return false }
            sent += n
        }
        return true
    }

    /// Reads what is there (after `waitReadable`); empty when the peer has closed.
    static func receive(_ fd: Int32) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        return n > 0 ? Array(buffer[..<n]) : []
    }

    /// Makes `close` send a TCP RST instead of a FIN (SO_LINGER with a zero timeout).
    static func closeWithReset(_ fd: Int32) {
        var option = linger(l_onoff: 1, l_linger: 0)
        setsockopt(fd, SOL_SOCKET, SO_LINGER, &option, socklen_t(MemoryLayout<linger>.size))
        close(fd)
    }

    #if canImport(Glibc)
        private static let noSignal = Int32(MSG_NOSIGNAL)
    #else
        private static let noSignal: Int32 = 0
    #endif
}

extension LoopbackSocket {
    /// Tries to connect to 127.0.0.1:`port` every 20 ms until it succeeds or `milliseconds` pass.
    static func waitForListener(port: UInt16, milliseconds: Int) -> Bool {
        for _ in 0..<max(1, milliseconds / 20) {
            let fd = makeSocket()
            guard fd >= 0 else { return false }
            var address = loopback(port: port)
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            close(fd)
            if connected == 0 { return true }
            usleep(20_000)
        }
        return false
    }

    /// A TCP socket, or -1.
    static func makeSocket() -> Int32 {
        #if canImport(Glibc)
            socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            socket(AF_INET, SOCK_STREAM, 0)
        #endif
    }

    /// 127.0.0.1:`port`.
    static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return address
    }
}
