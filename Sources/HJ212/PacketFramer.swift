/// Cuts a TCP byte stream into packets (HJ 212—2017 §6.3.1: a packet begins `##` and ends CR LF),
/// in bounded memory: it never holds more than `PacketLimits.maximumPacket` bytes of one packet.
/// Bytes before a `##` are garbage and dropped (counted); a packet that runs past the limit with no
/// CR LF is refused as `.tooLong` and the framer looks for the next `##`.
public struct PacketFramer: Sendable {
    public enum Event: Sendable, Hashable {
        /// A whole packet, `##` to CR LF, still to be checked by `PacketFrame.segment(of:)`.
        case packet([UInt8])
        /// Bytes dropped before a `##`.
        case garbage(count: Int)
        /// A packet without CR LF within the maximum size.
        case tooLong
        /// A packet cut short: a new header (`##` and four digits) came before its CR LF. The
        /// bytes before the new header are dropped, so that the next packet is not lost with it.
        case unterminated(count: Int)
    }

    private var buffer: [UInt8] = []
    /// Where the search for CR LF resumes.
    private var scanned = 0

    public init() {}

    /// Bytes held for a packet not yet complete.
    public var pending: Int { buffer.count }

    public mutating func append(_ bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    /// The next event, or nil when more bytes are needed.
    public mutating func next() -> Event? {
        if let start = headerStart(), start > 0 {
            buffer.removeFirst(start)
            scanned = 0
            return .garbage(count: start)
        } else if headerStart() == nil {
            // Keep a trailing `#`, which may be the first half of a header.
            let keep = buffer.last == 0x23 ? 1 : 0
            let dropped = buffer.count - keep
            guard dropped > 0 else { return nil }
            buffer.removeFirst(dropped)
            scanned = 0
            return .garbage(count: dropped)
        }
        // `###…`: the header is the last two of them (a stray `#` before a packet).
        if buffer.count >= 3, buffer[2] == 0x23 {
            buffer.removeFirst(1)
            scanned = 0
            return .garbage(count: 1)
        }
        var i = max(scanned, 2)
        while i + 1 < buffer.count, i + 1 < PacketLimits.maximumPacket {
            if buffer[i] == 0x0D, buffer[i + 1] == 0x0A {
                let packet = Array(buffer[0...(i + 1)])
                buffer.removeFirst(i + 2)
                scanned = 0
                return .packet(packet)
            }
            if buffer[i] == 0x23, buffer[i + 1] == 0x23 {
                // A data segment holds no `##` and four digits (§6.3.2: fields are `key=value`
                // separated by `;` and `,`), so this is the next packet's header.
                guard i + 5 < buffer.count else { break }
                if buffer[(i + 2)...(i + 5)].allSatisfy({ (0x30...0x39).contains($0) }) {
                    buffer.removeFirst(i)
                    scanned = 0
                    return .unterminated(count: i)
                }
            }
            i += 1
        }
        scanned = max(2, i)
        guard buffer.count >= PacketLimits.maximumPacket else { return nil }
        // Past the limit: drop this header and look for the next.
        buffer.removeFirst(2)
        scanned = 0
        return .tooLong
    }

    private func headerStart() -> Int? {
        var i = 0
        while i + 1 < buffer.count {
            if buffer[i] == 0x23, buffer[i + 1] == 0x23 { return i }
            i += 1
        }
        return nil
    }
}
