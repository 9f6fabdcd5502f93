import Foundation
import Store

/// An hourly packet's readings waiting for the store writer, and what to do once its batch
/// committed (`true`) or failed (`false`).
struct PendingPacket: Sendable {
    let readings: GroupedReadings
    let done: @Sendable (_ committed: Bool) -> Void
}

/// The bounded queue between the event loops and the one store writer. Backpressure: a push
/// that fills it registers a waker, and the connection stops reading until the writer has
/// drained the queue to half and calls it; memory stays bounded by the capacity plus one read
/// per connection.
final class StoreQueue: @unchecked Sendable {
    // NSCondition guards every field below.
    private let condition = NSCondition()
    private var items: [PendingPacket] = []
    private var head = 0
    private var wakers: [@Sendable () -> Void] = []
    private var closed = false
    let capacity: Int

    init(capacity: Int) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    enum Push { case accepted, full, closed }

    /// Adds `item`; `.full` when the queue reached its capacity, and then `waker` runs once there
    /// is room again. `.closed` (the receiver is stopping): the item was not taken.
    func push(_ item: PendingPacket, waker: @escaping @Sendable () -> Void) -> Push {
        condition.lock()
        defer { condition.unlock() }
        guard !closed else { return .closed }
        items.append(item)
        condition.signal()
        guard items.count - head >= capacity else { return .accepted }
        wakers.append(waker)
        return .full
    }

    /// Up to `limit` items, waiting while the queue is empty (until `deadline` when given: then
    /// empty when none came); nil once it is closed and drained.
    func take(upTo limit: Int, until deadline: Date? = nil) -> [PendingPacket]? {
        condition.lock()
        while items.count == head && !closed {
            if let deadline {
                guard condition.wait(until: deadline) else { break }
            } else {
                condition.wait()
            }
        }
        guard items.count > head else {
            let isClosed = closed
            condition.unlock()
            return isClosed ? nil : []
        }
        let end = min(items.count, head + limit)
        let batch = Array(items[head..<end])
        head = end
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 4_096 {
            items.removeFirst(head)
            head = 0
        }
        var toWake: [@Sendable () -> Void] = []
        if items.count - head <= capacity / 2 {
            toWake = wakers
            wakers.removeAll()
        }
        condition.unlock()
        for wake in toWake { wake() }
        return batch
    }

    /// No more pushes; `take` returns what is left, then nil.
    func close() {
        condition.lock()
        closed = true
        let toWake = wakers
        wakers.removeAll()
        condition.broadcast()
        condition.unlock()
        for wake in toWake { wake() }
    }
}
