import Synchronization

/// What the receiver did, for the per-minute summary and the tests. Updated from every event
/// loop and the writer thread.
public struct ReceiverCounts: Sendable, Hashable {
    /// Framed packets, whatever became of them.
    public var packets = 0
    /// Hourly packets (CN=2061) committed to the store.
    public var stored = 0
    /// Readings those packets held.
    public var readings = 0
    /// Real-time (2011) and minute (2051) packets: counted, never stored; they do not enter the
    /// daily AQI, which HJ 633 computes from hourly values.
    public var realTime = 0
    public var minute = 0
    /// Daily (2031) packets: counted; the store's days are computed from the hours.
    public var daily = 0
    /// Values of codes the AQI does not use (a21001, a0502408, …), kept out and counted.
    public var otherCodes = 0
    /// Packets taken whose Flag gives a version neither HJ/T 212—2005 (0) nor HJ 212—2017 (1)
    /// (`DataSegment.edition`): HJ 212—2025's number could not be checked, so they are counted.
    public var unknownVersion = 0
    /// Bytes before a `##`, dropped.
    public var garbageBytes = 0
    public var refused: [RefusalReason: Int] = [:]
    public var connections = 0
    /// Connections closed at once because the maximum was open.
    public var connectionsRefused = 0
    /// Connections closed for sending nothing within the idle timeout.
    public var idleClosed = 0

    public init() {}

    /// `packets 12, stored 10, readings 60, real-time 1, minute 1, refused 2 (bad CRC 1, unknown MN 1)`.
    public var summary: String {
        let reasons = refused.sorted { $0.key < $1.key }.map { "\($0.key.name) \($0.value)" }
        let refusedText =
            "refused \(refused.values.reduce(0, +))" + (reasons.isEmpty ? "" : " (\(reasons.joined(separator: ", ")))")
        return "packets \(packets), stored \(stored), readings \(readings), real-time \(realTime), minute \(minute), "
            + "daily \(daily), other codes \(otherCodes), \(refusedText), garbage bytes \(garbageBytes), "
            + "connections \(connections) (refused \(connectionsRefused), idle \(idleClosed))"
            + (unknownVersion > 0 ? ", unknown Flag version \(unknownVersion)" : "")
    }
}

/// The counts behind a lock.
final class ReceiverCounter: Sendable {
    private let counts = Mutex(ReceiverCounts())

    func update(_ body: (inout ReceiverCounts) -> Void) { counts.withLock { body(&$0) } }

    var snapshot: ReceiverCounts { counts.withLock { $0 } }

    /// Adds what a connection counted over one read.
    func add(_ counts: ReceiverCounts) { update { $0 = $0.combined(with: counts, +) } }
}
