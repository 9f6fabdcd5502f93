/// The answers a receiver sends (HJ 212—2017 §6.6, Table 13 of command codes).
public enum DataAnswer {
    /// 数据应答 CN=9014 to a data upload that asked for one (Flag bit A), echoing its QN, MN and
    /// PW, ST=91 (system interaction), the 2017 version in Flag (4).
    public static func dataAnswer(to segment: DataSegment) -> [UInt8] {
        // The text of DataSegment(qn:, st: "91", cn: "9014", pw:, mn:, flag: 4, cp: ""), written as
        // bytes: the receiver answers every packet (HJ212Tests pins the two as equal).
        var body: [UInt8] = []
        body.reserveCapacity(64 + segment.pw.utf8.count + segment.mn.utf8.count)
        if let qn = segment.qn {
            body += "QN=".utf8
            body += qn.utf8
            body.append(0x3B)
        }
        body += "ST=91;CN=9014;PW=".utf8
        body += segment.pw.utf8
        body += ";MN=".utf8
        body += segment.mn.utf8
        body += ";Flag=4;CP=&&&&".utf8
        return PacketFrame.wrap(bytes: body)
    }
}

extension DataAnswer {
    /// 请求应答 QnRtn codes (HJ 212—2017 §6.6, 请求命令返回表): 9 CRC 校验错误, 100 未知错误 (used for a
    /// bad length, which the table does not name). Cross-checked against a third-party implementation
    /// (tang0-0/HJ212-Pack, src/hj212.h), not against the standard's own text.
    public enum RequestReturn: Int, Sendable {
        case crcError = 9
        case unknownError = 100
    }

    /// 请求应答 CN=9011 with `QnRtn`, echoing the QN and MN when the segment gave them.
    public static func requestAnswer(_ code: RequestReturn, qn: String?, mn: String?) -> [UInt8] {
        var parts: [String] = []
        if let qn { parts.append("QN=\(qn)") }
        parts += ["ST=91", "CN=9011", "PW=", "MN=\(mn ?? "")", "Flag=4", "CP=&&QnRtn=\(code.rawValue)&&"]
        return PacketFrame.wrap(parts.joined(separator: ";"))
    }
}
