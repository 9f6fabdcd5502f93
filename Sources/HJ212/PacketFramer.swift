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

    /// What the bytes at the start of a stream hold: an event and the bytes it took, or none yet
    /// (more bytes are needed) and how far the search for CR LF has come.
    public struct Step: Sendable {
        public let event: Event?
        /// Bytes to drop from the start.
        public let consumed: Int
        /// Where the next search for CR LF over the same bytes resumes (0 after an event).
        public let scanned: Int
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
        let step = buffer.withUnsafeBytes { Self.step($0, scanned: scanned) }
        if step.consumed > 0 { buffer.removeFirst(step.consumed) }
        scanned = step.scanned
        return step.event
    }

    /// The framing of `next()` over bytes held elsewhere (the receiver's network buffer, read in
    /// place): only a whole packet's bytes are copied. `scanned` is the previous step's over the
    /// same bytes when it consumed none, else 0. A step without an event consumes nothing and
    /// comes only while `bytes` is shorter than `PacketLimits.maximumPacket`, so a caller that
    /// keeps the bytes until the next read keeps less than one packet.
    public static func step(_ bytes: UnsafeRawBufferPointer, scanned: Int) -> Step {
        let count = bytes.count
        guard let start = headerStart(bytes) else {
            // Keep a trailing `#`, which may be the first half of a header.
            let dropped = count - (bytes.last == 0x23 ? 1 : 0)
            guard dropped > 0 else { return Step(event: nil, consumed: 0, scanned: scanned) }
            return Step(event: .garbage(count: dropped), consumed: dropped, scanned: 0)
        }
        if start > 0 { return Step(event: .garbage(count: start), consumed: start, scanned: 0) }
        // `###…`: the header is the last two of them (a stray `#` before a packet).
        if count >= 3, bytes[2] == 0x23 { return Step(event: .garbage(count: 1), consumed: 1, scanned: 0) }
        var i = max(scanned, 2)
        while i + 1 < count, i + 1 < PacketLimits.maximumPacket {
            if bytes[i] == 0x0D, bytes[i + 1] == 0x0A {
                return Step(event: .packet(Array(bytes[0...(i + 1)])), consumed: i + 2, scanned: 0)
            }
            if bytes[i] == 0x23, bytes[i + 1] == 0x23 {
                // A data segment holds no `##` and four digits (§6.3.2: fields are `key=value`
                // separated by `;` and `,`), so this is the next packet's header.
                guard i + 5 < count else { break }
                if bytes[(i + 2)...(i + 5)].allSatisfy({ (0x30...0x39).contains($0) }) {
                    return Step(event: .unterminated(count: i), consumed: i, scanned: 0)
                }
            }
            i += 1
        }
        guard count >= PacketLimits.maximumPacket else { return Step(event: nil, consumed: 0, scanned: max(2, i)) }
        // Past the limit: drop this header and look for the next.
        return Step(event: .tooLong, consumed: 2, scanned: 0)
    }

    private static func headerStart(_ bytes: UnsafeRawBufferPointer) -> Int? {
        var i = 0
        while i + 1 < bytes.count {
            if bytes[i] == 0x23, bytes[i + 1] == 0x23 { return i }
            i += 1
        }
        return nil
    }
}
