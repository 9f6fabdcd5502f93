import Dispatch

/// Runs `transform` for `0..<count` on every core and returns the results in index order.
///
/// Each iteration writes only its own slot of a buffer allocated here, so no Swift value is
/// shared between threads. The work runs on Dispatch's threads, not on Swift's cooperative pool.
public func parallelMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(transform) }
    let slots = UnsafeMutablePointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil, count: count)
    defer {
        slots.deinitialize(count: count)
        slots.deallocate()
    }
    nonisolated(unsafe) let shared = slots
    DispatchQueue.concurrentPerform(iterations: count) { i in shared[i] = transform(i) }
    return (0..<count).map { slots[$0]! }
}
