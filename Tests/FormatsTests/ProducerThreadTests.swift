import Formats
import Foundation
import Testing

@Suite struct ProducerThreadTests {
    @Test func itemsArriveInOrderAndAllOfThem() {
        let received = withProducerThread(
            depth: 2,
            produce: { (handoff: Handoff<Int>) in
                for i in 0..<1000 where !handoff.send(i) { return }
            },
            consume: { handoff in
                var items: [Int] = []
                while let item = handoff.receive() { items.append(item) }
                return items
            })
        #expect(received == Array(0..<1000))
    }

    /// A consumer that stops early (here by throwing) stops a producer that would never end; the
    /// call returns only once the producer has stopped.
    @Test func aConsumerThatStopsEarlyStopsTheProducer() {
        struct Stop: Error {}
        let stopped = Flag()
        #expect(throws: Stop.self) {
            try withProducerThread(
                produce: { (handoff: Handoff<Int>) in
                    var i = 0
                    while handoff.send(i) { i += 1 }
                    stopped.set()
                },
                consume: { handoff in
                    for _ in 0..<3 { _ = handoff.receive() }
                    throw Stop()
                })
        }
        #expect(stopped.isSet)
    }

    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        func set() { lock.withLock { value = true } }
        var isSet: Bool { lock.withLock { value } }
    }
}
