import HJ212

/// Why a packet was not stored: each is counted in the per-minute summary.
public enum RefusalReason: Error, Hashable, Sendable, Comparable {
    /// A framing problem (`bad CRC`, `bad length`, `no CR LF`, `too long`, …).
    case frame(String)
    /// A data segment that does not parse (`missing MN`, `bad DataTime`, …).
    case segment(String)
    case unknownMN
    case wrongPassword
    /// A command the receiver does not take (not 2011, 2051, 2061 or 2031).
    case command(String)
    /// The store failed; the packet was not answered, so the station sends it again.
    case storeFailure

    public var name: String {
        switch self {
        case .frame(let r): r
        case .segment(let r): r
        case .unknownMN: "unknown MN"
        case .wrongPassword: "wrong password"
        case .command(let cn): "CN=\(cn) not taken"
        case .storeFailure: "store failure"
        }
    }

    public static func < (a: RefusalReason, b: RefusalReason) -> Bool { a.name < b.name }
}

extension FrameError {
    var refusal: RefusalReason { .frame(reason) }
}

extension SegmentError {
    var refusal: RefusalReason { .segment(reason) }
}
