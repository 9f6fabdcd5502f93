/// The limits of `airbulletin receive` (the `[receive]` table of the configuration).
public struct ReceiverLimits: Sendable, Hashable {
    /// Connections open at once; one more is closed as soon as it is accepted.
    public var maximumConnections: Int
    /// A connection that sends nothing for this long is closed (a logger sends at least hourly
    /// and keeps its link with a heartbeat, or reconnects).
    public var idleTimeoutSeconds: Int
    /// Packets waiting for the store writer; when full, connections stop being read.
    public var queueCapacity: Int
    /// The writer commits up to this many packets in one transaction…
    public var batchSize: Int
    /// …or what arrived within this many milliseconds, whichever comes first. Short: the commit's
    /// fsync (about 8 ms here) already gathers what arrives meanwhile into the next transaction,
    /// and at 1 hourly packet in 61 the answers after a commit decide the receiver's p99 (5 ms
    /// before, issue 15's benchmark).
    public var batchMilliseconds: Int

    public init(
        maximumConnections: Int = 4_096, idleTimeoutSeconds: Int = 600, queueCapacity: Int = 10_000,
        batchSize: Int = 500, batchMilliseconds: Int = 1
    ) {
        self.maximumConnections = maximumConnections
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.queueCapacity = queueCapacity
        self.batchSize = batchSize
        self.batchMilliseconds = batchMilliseconds
    }
}
