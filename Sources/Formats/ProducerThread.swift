import Foundation

/// Items passed from a producer thread to the thread that consumes them, in order, at most
/// `depth` waiting at a time (so the producer runs ahead by a bounded amount of memory).
public final class Handoff<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let depth: Int
    // Guarded by `condition`.
    private var waiting: [Item] = []
    private var finished = false
    private var cancelled = false

    init(depth: Int) {
        precondition(depth > 0, "a handoff holds at least one item")
        self.depth = depth
    }

    /// Producer side: waits for room, then hands `item` over. False when the consumer has
    /// stopped: the producer should stop too.
    public func send(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= depth && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        waiting.append(item)
        condition.broadcast()
        return true
    }

    /// Consumer side: the next item, waiting for it; nil once the producer has finished.
    public func receive() -> Item? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !finished { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        condition.broadcast()
        return waiting.removeFirst()
    }

    fileprivate func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    fileprivate func cancel() {
        condition.lock()
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}

/// Runs `produce` on a thread of its own (not Swift's cooperative pool: it may block on the disk
/// or the network) while `consume` takes its items on the calling thread. Returns when both are
/// done; when `consume` returns or throws early, the producer's next `send` returns false and
/// this waits for it to stop, so no work outlives the call.
public func withProducerThread<Item: Sendable, Result>(
    depth: Int = 2, produce: @escaping @Sendable (Handoff<Item>) -> Void,
    consume: (Handoff<Item>) throws -> Result
) rethrows -> Result {
    let handoff = Handoff<Item>(depth: depth)
    let stopped = DispatchSemaphore(value: 0)
    let thread = Thread {
        produce(handoff)
        handoff.finish()
        stopped.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    defer {
        handoff.cancel()
        stopped.wait()
    }
    return try consume(handoff)
}
