import Synchronization

/// Counts open connections against the maximum.
final class ConnectionGate: Sendable {
    private let open = Mutex(0)
    let maximum: Int

    init(maximum: Int) { self.maximum = maximum }

    /// True, and one more counted, when there is room.
    func enter() -> Bool {
        open.withLock { n in
            guard n < maximum else { return false }
            n += 1
            return true
        }
    }

    func leave() { open.withLock { $0 -= 1 } }

    var count: Int { open.withLock { $0 } }
}
