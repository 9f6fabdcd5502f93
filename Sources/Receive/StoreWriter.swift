import AQI
import Foundation
import Store

/// The one thread that writes received readings: it takes what waited while the previous batch
/// committed (at most `batchSize` packets), commits it in one short transaction through the
/// import path of `airbulletin import` (`Store.importSession`), then lets each packet be
/// answered. A crash loses only packets not yet answered, which the stations send again
/// (HJ 212—2017 §6.5: a data upload with Flag A set is re-sent until answered).
final class StoreWriter: Sendable {
    let store: Store
    let queue: StoreQueue
    let counter: ReceiverCounter
    let batchSize: Int
    let now: @Sendable () -> Instant
    let log: @Sendable (String) -> Void
    private let finished = DispatchSemaphore(value: 0)

    /// The source id stored with every received value.
    static let source = "hj212"

    init(
        store: Store, queue: StoreQueue, counter: ReceiverCounter, batchSize: Int,
        now: @escaping @Sendable () -> Instant,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.store = store
        self.queue = queue
        self.counter = counter
        self.batchSize = batchSize
        self.now = now
        self.log = log
    }

    /// Starts the thread: store calls block, so they run neither on an event loop nor on
    /// Swift's cooperative pool.
    func start() {
        let thread = Thread { [self] in
            while let batch = queue.take(upTo: batchSize) { commit(batch) }
            finished.signal()
        }
        thread.name = "hj212-store-writer"
        thread.start()
    }

    /// Waits until the queue is closed and every packet in it committed and answered.
    func waitUntilFinished() { finished.wait() }

    private func commit(_ batch: [PendingPacket]) {
        do {
            try write(batch)
            done(batch, committed: true)
        } catch {
            // One packet the store refuses must not lose the others: each alone.
            log("store: a batch of \(batch.count) packets failed (\(error)); committing them one by one")
            for packet in batch {
                do {
                    try write([packet])
                    done([packet], committed: true)
                } catch {
                    log("store: a packet was not stored (\(error)); it is not answered, so its station sends it again")
                    done([packet], committed: false)
                }
            }
        }
    }

    private func write(_ batch: [PendingPacket]) throws {
        let fetchedAt = now()
        try store.importSession { session in
            for packet in batch {
                try session.importReadings(packet.readings, source: Self.source, fetchedAt: fetchedAt)
            }
        }
    }

    private func done(_ batch: [PendingPacket], committed: Bool) {
        let readings = batch.reduce(0) { $0 + $1.readings.count }
        counter.update { counts in
            if committed {
                counts.stored += batch.count
                counts.readings += readings
            } else {
                counts.refused[.storeFailure, default: 0] += batch.count
            }
        }
        for packet in batch { packet.done(committed) }
    }
}
