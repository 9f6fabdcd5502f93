import Receive

/// The `[receive]` table of the configuration: where `airbulletin receive` listens and its limits
/// (issue 15: a maximum of connections, an idle timeout per connection, a bounded queue to the
/// store). Every default is `ReceiverLimits`'.
public struct ReceiveSettings: Sendable, Hashable {
    public var listen = ListenAddress.default
    public var limits = ReceiverLimits()
    /// Seconds between two summary lines on stderr.
    public var summarySeconds = 60

    public init() {}

    static let keys = ["listen", "max_connections", "idle_timeout_seconds", "queue_size"]
}
