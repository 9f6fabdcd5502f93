/// Why a packet's frame was refused: each case is a reason the receiver counts and logs.
public enum FrameError: Error, Sendable, Hashable {
    /// It does not begin with `##` (garbage before a packet, or another protocol).
    case missingHeader
    /// The four characters after `##` are not decimal digits.
    case badLengthField
    /// The length field does not match the bytes between it and the CRC.
    case lengthMismatch(declared: Int, actual: Int)
    /// The four characters before CR LF are not hex digits.
    case badCRCField
    /// The CRC does not match the data segment.
    case crcMismatch(declared: UInt16, computed: UInt16)
    /// No CR LF ends it within the maximum packet size.
    case missingTerminator
    /// Longer than `PacketLimits.maximumPacket`.
    case tooLong

    /// The reason's name in logs and the per-minute summary.
    public var reason: String {
        switch self {
        case .missingHeader: "no ##"
        case .badLengthField: "bad length field"
        case .lengthMismatch: "bad length"
        case .badCRCField: "bad CRC field"
        case .crcMismatch: "bad CRC"
        case .missingTerminator: "no CR LF"
        case .tooLong: "too long"
        }
    }
}

/// One packet's frame (HJ 212—2017 §6.3.1, Table 3): `##`, the data segment's length in four
/// decimal digits, the data segment, its CRC in four hex digits, CR LF.
public enum PacketFrame {
    /// The data segment of one whole packet, its CR LF included, after checking the header, the
    /// length and the CRC.
    public static func segment(of packet: some Collection<UInt8>) throws(FrameError) -> ArraySlice<UInt8> {
        let bytes = ArraySlice(packet)
        guard bytes.count <= PacketLimits.maximumPacket else { throw .tooLong }
        guard bytes.count >= 2, bytes[bytes.startIndex] == 0x23, bytes[bytes.startIndex + 1] == 0x23 else {
            throw .missingHeader
        }
        guard bytes.count >= 4, bytes[bytes.endIndex - 2] == 0x0D, bytes[bytes.endIndex - 1] == 0x0A else {
            throw .missingTerminator
        }
        let start = bytes.startIndex
        guard bytes.count >= PacketLimits.overhead else { throw .badLengthField }
        var declared = 0
        for b in bytes[(start + 2)..<(start + 6)] {
            guard (0x30...0x39).contains(b) else { throw .badLengthField }
            declared = declared * 10 + Int(b - 0x30)
        }
        let segmentStart = start + 6
        let crcStart = bytes.endIndex - 6
        let actual = crcStart - segmentStart
        guard declared == actual else { throw .lengthMismatch(declared: declared, actual: actual) }
        var declaredCRC: UInt16 = 0
        for b in bytes[crcStart..<(crcStart + 4)] {
            guard let v = hexValue(b) else { throw .badCRCField }
            declaredCRC = declaredCRC << 4 | UInt16(v)
        }
        let segment = bytes[segmentStart..<crcStart]
        let computed = PacketCRC.checksum(segment)
        guard computed == declaredCRC else { throw .crcMismatch(declared: declaredCRC, computed: computed) }
        return segment
    }

    /// `##` + length + segment + CRC + CR LF around `segment`.
    public static func wrap(_ segment: String) -> [UInt8] { wrap(bytes: Array(segment.utf8)) }

    /// The same around a segment's bytes.
    public static func wrap(bytes body: [UInt8]) -> [UInt8] {
        precondition(body.count <= PacketLimits.maximumSegment, "an HJ 212 data segment is at most 1,024 bytes (HJ 212—2017 Table 3)")
        var packet: [UInt8] = [0x23, 0x23]
        packet.reserveCapacity(body.count + PacketLimits.overhead)
        for divisor in [1_000, 100, 10, 1] { packet.append(0x30 + UInt8(body.count / divisor % 10)) }
        packet += body
        let crc = PacketCRC.checksum(body)
        let digits = Array("0123456789abcdef".utf8)
        for shift in [12, 8, 4, 0] { packet.append(digits[Int((crc >> UInt16(shift)) & 0xF)]) }
        packet += [0x0D, 0x0A]
        return packet
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }
}
