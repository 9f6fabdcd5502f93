import AQI
import HJ212
import NIOCore

/// One simulated data logger: its MN and password, and the packets it sends in order, as a
/// logger does (HJ 212—2017 §6.3.3): minute values (CN=2051) and, every `hourlyEvery` packets,
/// the next hour's values (CN=2061), each asking for an answer (Flag=5) with a QN of its own.
struct SimulatedStation {
    let mn: String
    let password: String
    let hourlyEvery: Int
    private var sequence = 0
    private var hour = 0
    /// The minute packet, built once: only its QN and CRC change from one packet to the next.
    private let template: [UInt8]

    init(index: Int, password: String, hourlyEvery: Int) {
        mn = "SIM" + String(100_000_000 + index)
        self.password = password
        self.hourlyEvery = hourlyEvery
        // The stations' hourly packets spread over the run, not all at the same count.
        sequence = hourlyEvery > 0 ? index % hourlyEvery : 0
        template = PacketFrame.wrap(
            "QN=\(Self.qnText(0));ST=22;CN=2051;PW=\(password);MN=\(mn);Flag=5;CP=&&DataTime=20250101000000;"
                + "a34004-Avg=35,a34004-Flag=N;a34002-Avg=61,a34002-Flag=N;a21026-Avg=8,a21026-Flag=N;"
                + "a21004-Avg=21,a21004-Flag=N;a05024-Avg=60,a05024-Flag=N;a21005-Avg=0.7,a21005-Flag=N&&")
    }

    /// The station code of the area file.
    static func code(_ index: Int) -> String { "\(1001 + index)S" }

    /// The 17 digits of QN number `qn` (the 9014 answer echoes them).
    static func qnText(_ qn: Int) -> String { String(10_000_000_000_000_000 + qn) }

    /// Appends the next packet to `buffer`; returns its QN's number.
    mutating func writeNext(into buffer: inout ByteBuffer) -> Int {
        sequence += 1
        let qn = sequence
        guard hourlyEvery > 0 && sequence % hourlyEvery == 0 else {
            writeMinutePacket(qn, into: &buffer)
            return qn
        }
        // The next hour from 2025-01-01 00:00 (DataTime: the hour's start), values varying so
        // that each is a new reading, not a repeat.
        let day = LocalDate(year: 2025, month: 1, day: 1).adding(days: hour / 24)
        let stamp = day.description.replacingOccurrences(of: "-", with: "") + Self.two(hour % 24) + "0000"
        let v = 20 + hour % 50
        hour += 1
        let cp =
            "DataTime=\(stamp);a34004-Avg=\(v),a34004-Flag=N;a34002-Avg=\(v + 30),a34002-Flag=N;"
            + "a21026-Avg=8,a21026-Flag=N;a21004-Avg=\(v / 2),a21004-Flag=N;a05024-Avg=60,a05024-Flag=N;"
            + "a21005-Avg=0.7,a21005-Flag=N"
        let segment = "QN=\(Self.qnText(qn));ST=22;CN=2061;PW=\(password);MN=\(mn);Flag=5;CP=&&\(cp)&&"
        buffer.writeBytes(PacketFrame.wrap(segment))
        return qn
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The template with QN number `qn` and its CRC written in place: the simulator must cost the
    /// machine less than the receiver it measures. (The receiver answers a minute packet without
    /// reading its values.)
    private func writeMinutePacket(_ qn: Int, into buffer: inout ByteBuffer) {
        let start = buffer.writerIndex - buffer.readerIndex
        buffer.writeBytes(template)
        buffer.withUnsafeMutableReadableBytes { all in
            let packet = UnsafeMutableRawBufferPointer(rebasing: all[start...])
            // `##dddd` then `QN=`: the 17 digits are bytes 9…25; the CRC the 4 bytes before CR LF.
            var n = 10_000_000_000_000_000 + qn
            for i in stride(from: 25, through: 9, by: -1) {
                packet[i] = 0x30 + UInt8(n % 10)
                n /= 10
            }
            let crc = PacketCRC.checksum(UnsafeRawBufferPointer(rebasing: packet[6..<(packet.count - 6)]))
            for k in 0..<4 {
                packet[packet.count - 6 + k] = Self.hexDigits[Int((crc >> UInt16(12 - 4 * k)) & 0xF)]
            }
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The QN's number of an answer (`##dddd` then `QN=1000…0042;ST=91;CN=9014;…`, as the
    /// receiver writes it: the QN first), or nil.
    static func qn(inAnswer line: UnsafeRawBufferPointer) -> Int? {
        guard line.count > 26, line[6] == 0x51, line[7] == 0x4E, line[8] == 0x3D else { return nil }
        var n = 0
        for i in 10..<26 {
            let d = line[i]
            guard (0x30...0x39).contains(d) else { return nil }
            n = n * 10 + Int(d - 0x30)
        }
        return n
    }
}
