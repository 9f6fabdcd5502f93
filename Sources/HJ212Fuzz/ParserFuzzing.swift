import AQI
import HJ212

/// One fuzz input through everything the receiver does with a station's bytes before the store
/// (issue 15: "a malformed packet never takes the server down"): the stream cut by `PacketFramer`
/// in chunks of the size the first byte gives, each packet's frame, segment, hourly values and
/// answer. Checked: the framer's bound holds, and a segment that parses writes back to the same.
enum ParserFuzzing {
    static func run(_ data: [UInt8]) {
        var framer = PacketFramer()
        let chunk = max(1, Int(data.first ?? 1) * 41)
        var start = 0
        while start < data.count {
            let end = min(start + chunk, data.count)
            framer.append(data[start..<end])
            start = end
            while let event = framer.next() {
                if case .packet(let packet) = event {
                    precondition(packet.count <= PacketLimits.maximumPacket, "a packet past the limit was framed")
                    check(packet)
                }
            }
            precondition(framer.pending <= PacketLimits.maximumPacket, "the framer holds \(framer.pending) bytes")
        }
        check(data)
    }

    static func check(_ packet: [UInt8]) {
        guard let segment = try? PacketFrame.segment(of: packet),
            let parsed = try? DataSegment(parsing: segment)
        else { return }
        let again = try? DataSegment(parsing: Array(parsed.text.utf8))
        precondition(again == parsed, "the segment does not write back to itself: \(parsed.text)")
        if let hourly = try? HourlyPacket(parsed) {
            precondition(hourly.hour.endClock.date.year >= 2000, "an hour before 2000")
        }
        if parsed.wantsAnswer { _ = DataAnswer.dataAnswer(to: parsed) }
        _ = DataAnswer.requestAnswer(.crcError, qn: parsed.qn, mn: parsed.mn)
    }
}
