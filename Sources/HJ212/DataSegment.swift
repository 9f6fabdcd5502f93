/// Why a data segment was refused.
public enum SegmentError: Error, Sendable, Hashable {
    case notASCII
    case missingField(String)
    case badField(String)
    case missingCP

    public var reason: String {
        switch self {
        case .notASCII: "segment not ASCII"
        case .missingField(let f): "missing \(f)"
        case .badField(let f): "bad \(f)"
        case .missingCP: "missing CP"
        }
    }
}

/// A data segment (HJ 212—2017 §6.3.2, Table 4): `QN=…;ST=…;CN=…;PW=…;MN=…;Flag=…;PNUM=…;PNO=…;CP=&&…&&`.
/// Values are kept as sent; the segment is at most 9,999 bytes, so every field is too.
public struct DataSegment: Sendable, Hashable {
    /// 请求编码 yyyyMMddHHmmssSSS.
    public var qn: String?
    /// 系统编码: 22 is ambient air (HJ 212—2017 Table 5); 91 a system interaction.
    public var st: String
    /// 命令编码: 2011 real-time, 2051 minute, 2061 hourly, 2031 daily, 9014 data answer.
    public var cn: String
    public var pw: String
    /// 设备唯一标识: the station's data logger.
    public var mn: String
    /// Bit 0 (A): an answer is wanted; bit 1 (D): split packets with PNUM/PNO; upper bits: the version.
    public var flag: Int
    public var pnum: Int?
    public var pno: Int?
    /// The CP text between `&&` and `&&`.
    public var cp: String

    public var wantsAnswer: Bool { flag & 1 == 1 }
    public var isSplit: Bool { flag & 2 == 2 }
    /// HJ 212—2017 §6.3.2: the version number in bits 2–7 (1 = HJ 212—2017).
    public var version: Int { flag >> 2 }

    public init(
        qn: String?, st: String, cn: String, pw: String, mn: String, flag: Int, pnum: Int? = nil, pno: Int? = nil,
        cp: String
    ) {
        self.qn = qn
        self.st = st
        self.cn = cn
        self.pw = pw
        self.mn = mn
        self.flag = flag
        self.pnum = pnum
        self.pno = pno
        self.cp = cp
    }

    public init(parsing bytes: some Collection<UInt8>) throws(SegmentError) {
        // Copied once into an array: the checks below then run on a concrete type, not through
        // the generic witnesses a call from another module would take for every byte.
        try self.init(parsingArray: Array(bytes))
    }

    private init(parsingArray bytes: [UInt8]) throws(SegmentError) {
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { throw .notASCII }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let cpRange = text.firstRange(of: "CP=&&") else { throw .missingCP }
        let rest = text[cpRange.upperBound...]
        guard rest.hasSuffix("&&") else { throw .missingCP }
        cp = String(rest.dropLast(2))
        var fields: [String: String] = [:]
        for part in text[..<cpRange.lowerBound].split(separator: ";") {
            guard let eq = part.firstIndex(of: "=") else { throw .badField(String(part.prefix(16))) }
            let key = String(part[..<eq])
            guard fields[key] == nil else { throw .badField(key) }
            fields[key] = String(part[part.index(after: eq)...])
        }
        func required(_ key: String) throws(SegmentError) -> String {
            guard let v = fields[key] else { throw .missingField(key) }
            return v
        }
        qn = fields["QN"]
        st = try required("ST")
        cn = try required("CN")
        pw = try required("PW")
        mn = try required("MN")
        let flagText = try required("Flag")
        guard let f = Int(flagText), (0...255).contains(f) else { throw .badField("Flag") }
        flag = f
        func count(_ key: String) throws(SegmentError) -> Int? {
            guard let v = fields[key] else { return nil }
            guard let n = Int(v), (1...9999).contains(n) else { throw .badField(key) }
            return n
        }
        pnum = try count("PNUM")
        pno = try count("PNO")
        if isSplit, pnum == nil || pno == nil { throw .missingField(pnum == nil ? "PNUM" : "PNO") }
        if let qn, qn.count != 17 || !qn.utf8.allSatisfy({ (0x30...0x39).contains($0) }) { throw .badField("QN") }
        guard (1...24).contains(mn.utf8.count) else { throw .badField("MN") }
    }

    /// The text of the segment, fields in the order of HJ 212—2017 Table 4.
    public var text: String {
        var parts: [String] = []
        if let qn { parts.append("QN=\(qn)") }
        parts += ["ST=\(st)", "CN=\(cn)", "PW=\(pw)", "MN=\(mn)", "Flag=\(flag)"]
        if let pnum { parts.append("PNUM=\(pnum)") }
        if let pno { parts.append("PNO=\(pno)") }
        return parts.joined(separator: ";") + ";CP=&&\(cp)&&"
    }
}
