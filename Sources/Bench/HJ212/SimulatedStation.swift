import AQI
import HJ212

/// One simulated data logger: its MN and password, and the packets it sends in order, as a
/// logger does (HJ 212—2017 §6.3.3): minute values (CN=2051) and, every `hourlyEvery` packets,
/// the next hour's values (CN=2061), each asking for an answer (Flag=5) with a QN of its own.
struct SimulatedStation {
    let mn: String
    let password: String
    let hourlyEvery: Int
    private var sequence = 0
    private var hour = 0
    private var template: [UInt8] = []

    init(index: Int, password: String, hourlyEvery: Int) {
        mn = "SIM" + String(100_000_000 + index)
        self.password = password
        self.hourlyEvery = hourlyEvery
        // The stations' hourly packets spread over the run, not all at the same count.
        sequence = hourlyEvery > 0 ? index % hourlyEvery : 0
    }

    /// The station code of the area file.
    static func code(_ index: Int) -> String { "\(1001 + index)S" }

    /// The next packet and its QN's number (echoed by the 9014 answer).
    mutating func next() -> (packet: [UInt8], qn: Int) {
        sequence += 1
        let qn = sequence
        let qnText = String(10_000_000_000_000_000 + qn)  // 17 digits
        let isHourly = hourlyEvery > 0 && sequence % hourlyEvery == 0
        let cp: String
        let cn: String
        if isHourly {
            // The next hour from 2025-01-01 00:00 (DataTime: the hour's start), values varying so
            // that each is a new reading, not a repeat.
            let day = LocalDate(year: 2025, month: 1, day: 1).adding(days: hour / 24)
            let stamp = day.description.replacingOccurrences(of: "-", with: "") + Self.two(hour % 24) + "0000"
            let v = 20 + hour % 50
            hour += 1
            cn = "2061"
            cp =
                "DataTime=\(stamp);a34004-Avg=\(v),a34004-Flag=N;a34002-Avg=\(v + 30),a34002-Flag=N;"
                + "a21026-Avg=8,a21026-Flag=N;a21004-Avg=\(v / 2),a21004-Flag=N;a05024-Avg=60,a05024-Flag=N;"
                + "a21005-Avg=0.7,a21005-Flag=N"
        } else {
            return (minutePacket(qnText), qn)
        }
        let segment = "QN=\(qnText);ST=22;CN=\(cn);PW=\(password);MN=\(mn);Flag=5;CP=&&\(cp)&&"
        return (PacketFrame.wrap(segment), qn)
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// A minute packet (CN=2051) from a template in which only the QN and the CRC change: the
    /// simulator must cost the machine less than the receiver it measures. (The receiver answers
    /// a minute packet without reading its values.)
    private mutating func minutePacket(_ qn: String) -> [UInt8] {
        if template.isEmpty {
            template = PacketFrame.wrap(
                "QN=\(qn);ST=22;CN=2051;PW=\(password);MN=\(mn);Flag=5;CP=&&DataTime=20250101000000;"
                    + "a34004-Avg=35,a34004-Flag=N;a34002-Avg=61,a34002-Flag=N;a21026-Avg=8,a21026-Flag=N;"
                    + "a21004-Avg=21,a21004-Flag=N;a05024-Avg=60,a05024-Flag=N;a21005-Avg=0.7,a21005-Flag=N&&")
        }
        // `##dddd` then `QN=`: the 17 digits start at 9; the CRC is the 4 bytes before CR LF.
        var packet = template
        packet.replaceSubrange(9..<26, with: qn.utf8)
        let crc = PacketCRC.hex(PacketCRC.checksum(packet[6..<(packet.count - 6)]))
        packet.replaceSubrange((packet.count - 6)..<(packet.count - 2), with: crc.utf8)
        return packet
    }

    /// The QN's number in an answer line (`QN=1000…0042;ST=91;CN=9014;…`), or nil.
    static func qn(inAnswer line: ArraySlice<UInt8>) -> Int? {
        let key = Array("QN=".utf8)
        guard let start = line.indices.first(where: { i in line[i...].starts(with: key) }) else { return nil }
        let digits = line[(start + 3)...].prefix(17)
        guard digits.count == 17 else { return nil }
        var n = 0
        for d in digits.dropFirst() {
            guard (0x30...0x39).contains(d) else { return nil }
            n = n * 10 + Int(d - 0x30)
        }
        return n
    }
}
