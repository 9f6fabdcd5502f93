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
/// Values are kept as sent; the segment is at most 1,024 bytes (PacketLimits), so every field is too.
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
    /// HJ 212—2017 §6.3.2, Table 4 (Flag = V5 V4 V3 V2 V1 V0 D A): the version number in bits
    /// 2–7, 000000 for HJ/T 212—2005 and 000001 for HJ 212—2017.
    public var version: Int { flag >> 2 }

    /// The edition `version` names, or nil for a number neither edition gives. HJ 212—2025 keeps
    /// the framing and puts its version in the same bits, but its number could not be checked
    /// against the text here, so it is not listed (the receiver takes such a packet and counts it).
    public var edition: String? {
        switch version {
        case 0: "HJ/T 212—2005"
        case 1: "HJ 212—2017"
        default: nil
        }
    }

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
        try self.init(parsing: ArraySlice(bytes))
    }

    /// The same, read in place (the receiver's packet bytes).
    public init(parsing bytes: ArraySlice<UInt8>) throws(SegmentError) {
        // Read as bytes, not as a String: the receiver parses every packet (issue 15, benchmark).
        let parsed = bytes.withUnsafeBufferPointer { bytes in Result { () throws(SegmentError) in try Self(bytes) } }
        self = try parsed.get()
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>) throws(SegmentError) {
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { throw .notASCII }
        guard let cpStart = Self.firstIndex(of: Self.cpMarker, in: bytes) else { throw .missingCP }
        let rest = bytes[(cpStart + Self.cpMarker.count)...]
        guard rest.count >= 2, rest.suffix(2).allSatisfy({ $0 == 0x26 }) else { throw .missingCP }
        cp = String(decoding: rest.dropLast(2), as: UTF8.self)
        // The fields before CP, `key=value` separated by `;` (empty parts skipped), each key once:
        // those of Table 4 by their place in `Self.keys`, any other by its name.
        var known = [Range<Int>?](repeating: nil, count: Self.keys.count)
        var others: [Range<Int>] = []
        var partStart = 0
        while partStart < cpStart {
            let partEnd = bytes[partStart..<cpStart].firstIndex(of: 0x3B) ?? cpStart
            defer { partStart = partEnd + 1 }
            guard partEnd > partStart else { continue }
            let part = bytes[partStart..<partEnd]
            guard let eq = part.firstIndex(of: 0x3D) else {
                throw .badField(String(decoding: part.prefix(16), as: UTF8.self))
            }
            let key = bytes[partStart..<eq]
            if let k = Self.keys.firstIndex(where: { key.elementsEqual($0) }) {
                guard known[k] == nil else { throw .badField(String(decoding: key, as: UTF8.self)) }
                known[k] = (eq + 1)..<partEnd
            } else {
                guard !others.contains(where: { bytes[$0].elementsEqual(key) }) else {
                    throw .badField(String(decoding: key, as: UTF8.self))
                }
                others.append(partStart..<eq)
            }
        }
        func field(_ key: Key) -> String? {
            known[key.rawValue].map { String(decoding: bytes[$0], as: UTF8.self) }
        }
        func required(_ key: Key) throws(SegmentError) -> String {
            guard let v = field(key) else { throw .missingField(Self.names[key.rawValue]) }
            return v
        }
        qn = field(.qn)
        st = try required(.st)
        cn = try required(.cn)
        pw = try required(.pw)
        mn = try required(.mn)
        let flagText = try required(.flag)
        guard let f = Int(flagText), (0...255).contains(f) else { throw .badField("Flag") }
        flag = f
        func count(_ key: Key) throws(SegmentError) -> Int? {
            guard let v = field(key) else { return nil }
            guard let n = Int(v), (1...9999).contains(n) else { throw .badField(Self.names[key.rawValue]) }
            return n
        }
        pnum = try count(.pnum)
        pno = try count(.pno)
        if isSplit, pnum == nil || pno == nil { throw .missingField(pnum == nil ? "PNUM" : "PNO") }
        if let qn, qn.utf8.count != 17 || !qn.utf8.allSatisfy({ (0x30...0x39).contains($0) }) { throw .badField("QN") }
        guard (1...24).contains(mn.utf8.count) else { throw .badField("MN") }
    }

    /// The fields of Table 4 before CP, by their place in `names`.
    private enum Key: Int { case qn, st, cn, pw, mn, flag, pnum, pno }
    private static let names = ["QN", "ST", "CN", "PW", "MN", "Flag", "PNUM", "PNO"]
    private static let keys = names.map { Array($0.utf8) }

    private static let cpMarker = Array("CP=&&".utf8)

    private static func firstIndex(of marker: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= marker.count else { return nil }
        for i in 0...(bytes.count - marker.count) where bytes[i] == marker[0] {
            if bytes[i..<(i + marker.count)].elementsEqual(marker) { return i }
        }
        return nil
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
