import HJ212

/// The QN and MN of a packet whose frame was refused, to echo in the 9011 answer (HJ 212—2017
/// §6.6): read only when they look right, since the bytes failed their check.
enum PacketPeek {
    static func qnAndMN(_ packet: [UInt8]) -> (qn: String?, mn: String?) {
        guard packet.count > PacketLimits.overhead else { return (nil, nil) }
        let body = packet[6..<(packet.count - 6)]
        var qn: String?
        var mn: String?
        for part in body.split(separator: UInt8(ascii: ";"), maxSplits: 8) {
            if part.starts(with: "QN=".utf8) {
                let value = part.dropFirst(3)
                if value.count == 17, value.allSatisfy({ (0x30...0x39).contains($0) }) {
                    qn = String(decoding: value, as: UTF8.self)
                }
            } else if part.starts(with: "MN=".utf8) {
                let value = part.dropFirst(3)
                if (1...24).contains(value.count), value.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != 0x26 }) {
                    mn = String(decoding: value, as: UTF8.self)
                }
            }
        }
        return (qn, mn)
    }
}
