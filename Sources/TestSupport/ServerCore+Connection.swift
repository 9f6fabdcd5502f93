import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ServerCore {
    /// Reads one request, answers it as scripted, closes.
    func serve(_ fd: Int32) {
        let response: TestHTTPResponse
        switch readRequest(fd) {
        case .request(let request):
            response = respond(to: request)
        case .notHTTP:
            // What a real server does with, say, a TLS ClientHello: the client sees plain text.
            response = .status(400)
        case .nothing:
            close(fd)
            return
        }
        if response.delay > .zero { Thread.sleep(forTimeInterval: response.delay.seconds) }
        let body = response.body
        switch response.delivery {
        case .complete:
            LoopbackSocket.sendAll(fd, response.head(contentLength: body.count) + body)
        case .closeDelimited:
            LoopbackSocket.sendAll(fd, response.head(contentLength: nil) + body)
        case .truncate(let bytes):
            LoopbackSocket.sendAll(fd, response.head(contentLength: body.count) + body.prefix(bytes))
        case .stall(let bytes):
            if let bytes { LoopbackSocket.sendAll(fd, response.head(contentLength: body.count) + body.prefix(bytes)) }
            waitForClientToLeave(fd)
        case .reset:
            LoopbackSocket.closeWithReset(fd)
            return
        case .hangUp:
            break
        }
        // Half-close, then let the client close first: closing with its bytes unread would
        // reset the connection and lose the response.
        shutdown(fd, Int32(SHUT_WR))
        waitForClientToLeave(fd, atMost: 50)
        close(fd)
    }

    private enum Received {
        case request(TestHTTPRequest)
        /// Bytes that cannot start an HTTP request.
        case notHTTP
        /// Nothing usable within 2 s, or the client left.
        case nothing
    }

    /// The request line, header fields and a Content-Length body.
    private func readRequest(_ fd: Int32) -> Received {
        var bytes: [UInt8] = []
        var headEnd: Int?
        for _ in 0..<100 where headEnd == nil && bytes.count < 65_536 {
            guard LoopbackSocket.waitReadable(fd, milliseconds: 20) else { continue }
            let chunk = LoopbackSocket.receive(fd)
            guard !chunk.isEmpty else { return .nothing }
            bytes += chunk
            // RFC 9112 §3: a request line starts with a method token.
            guard let first = bytes.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else {
                return .notHTTP
            }
            headEnd = bytes.firstRange(of: Array("\r\n\r\n".utf8))?.upperBound
        }
        guard let headEnd else { return .nothing }
        let lines = String(decoding: bytes[..<(headEnd - 4)], as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines[0].split(separator: " ")
        guard requestLine.count == 3 else { return .notHTTP }
        let headers = lines.dropFirst().compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        let length = headers.first { $0.name.lowercased() == "content-length" }.flatMap { Int($0.value) } ?? 0
        var body = Array(bytes[headEnd...])
        while body.count < length, LoopbackSocket.waitReadable(fd, milliseconds: 2000) {
            let chunk = LoopbackSocket.receive(fd)
            if chunk.isEmpty { break }
            body += chunk
        }
        return .request(
            TestHTTPRequest(
                method: String(requestLine[0]), target: String(requestLine[1]), headers: headers, body: body))
    }

    /// Holds the connection until the client closes it, the server stops, or `atMost`
    /// milliseconds pass.
    private func waitForClientToLeave(_ fd: Int32, atMost milliseconds: Int = .max) {
        var waited = 0
        while !isStopped && waited < milliseconds {
            if LoopbackSocket.waitReadable(fd, milliseconds: 20) {
                if LoopbackSocket.receive(fd).isEmpty { return }
            } else {
                waited += 20
            }
        }
    }
}

extension Duration {
    fileprivate var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
