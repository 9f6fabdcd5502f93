import AQI
import Fetch
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
    let batchMilliseconds: Int
    let now: @Sendable () -> Instant
    let log: @Sendable (String) -> Void
    private let finished = DispatchSemaphore(value: 0)

    /// The source id stored with every received value.
    static let source = "hj212"

    init(
        store: Store, queue: StoreQueue, counter: ReceiverCounter, batchSize: Int, batchMilliseconds: Int,
        now: @escaping @Sendable () -> Instant, log: @escaping @Sendable (String) -> Void
    ) {
        self.store = store
        self.queue = queue
        self.counter = counter
        self.batchSize = batchSize
        self.batchMilliseconds = batchMilliseconds
        self.now = now
        self.log = log
    }

    /// Starts the thread: store calls block, so they run neither on an event loop nor on
    /// Swift's cooperative pool.
    func start() {
        let thread = Thread { [self] in
            while var batch = queue.take(upTo: batchSize) {
                // What else arrives within batchMilliseconds joins the same transaction: a commit
                // costs more than the writes of a few packets, and a logger waits seconds for
                // its answer (HJ 212—2017 §6.5), not milliseconds.
                let deadline = Date(timeIntervalSinceNow: Double(batchMilliseconds) / 1_000)
                while batch.count < batchSize, let more = queue.take(upTo: batchSize - batch.count, until: deadline),
                    !more.isEmpty
                {
                    batch += more
                }
                commit(batch)
            }
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

    /// One transaction: the hours before the batch read, the batch screened against them and
    /// stored.
    private func write(_ batch: [PendingPacket]) throws {
        let fetchedAt = now()
        try store.importSession { session in
            let preceding = try Self.precedingReadings(of: batch, in: session)
            for readings in try Self.screened(Self.imports(of: batch), preceding: preceding) {
                try session.importReadings(readings, source: Self.source, fetchedAt: fetchedAt)
            }
        }
    }

    /// The stored readings the stuck rule looks back over (QualityControl rule 3): the batch's
    /// stations, from `stuckHours − 1` hours before its first hour to its last. A packet holds
    /// one hour, so a run of a stopped analyser is only ever seen against the store.
    private static func precedingReadings(of batch: [PendingPacket], in session: ImportSession) throws -> [Reading] {
        var stations = Set<StationCode>()
        var first: HourStamp?
        var last: HourStamp?
        for packet in batch {
            for reading in packet.readings.readings {
                stations.insert(reading.station)
                first = min(first ?? reading.hour, reading.hour)
                last = max(last ?? reading.hour, reading.hour)
            }
        }
        guard let first, let last else { return [] }
        let back = QualityControl.standard.stuckHours - 1
        return try session.currentReadings(stations: stations.sorted(), hours: first.adding(hours: -back)...last)
    }

    /// Each import's readings screened against the store's and the earlier imports' (rule 3
    /// across packets), with the stored hours of a run that an import completed marked too
    /// (`QualityControl.stuckHoursReachingBack`): the whole run is stuck, as in a day's file.
    static func screened(_ imports: [[Reading]], preceding stored: [Reading]) throws(StoreError)
        -> [GroupedReadings]
    {
        let qc = QualityControl.standard
        var preceding = stored
        var out: [GroupedReadings] = []
        for (n, readings) in imports.enumerated() {
            let screened = qc.screen(readings, preceding: preceding).readings
            let reachingBack = qc.stuckHoursReachingBack(screened: screened, preceding: preceding)
            out.append(try GroupedReadings(screened + reachingBack))
            if n + 1 < imports.count { preceding = Self.merged(preceding, with: screened + reachingBack) }
        }
        return out
    }

    /// `readings` over `preceding`: a later reading of a station, pollutant and hour replaces the
    /// earlier (`screen` puts each series in hour order itself).
    private static func merged(_ preceding: [Reading], with readings: [Reading]) -> [Reading] {
        var byKey: [Reading.Key: Reading] = [:]
        for reading in preceding + readings { byKey[reading.key] = reading }
        return Array(byKey.values)
    }

    /// The batch's packets as few imports as possible (each import reads the station table and
    /// prepares its statements once, so one per packet cost more than the writes): one, unless a
    /// packet repeats a value of an earlier one of the batch (a re-send with a correction, which
    /// must become the next revision): a new import then starts with it, keeping the order.
    static func imports(of batch: [PendingPacket]) -> [[Reading]] {
        var imports: [[Reading]] = []
        var current: [Reading] = []
        // A station-hour's value may come only once in one import.
        var keys = Set<Reading.Key>()
        for packet in batch {
            let readings = packet.readings.readings
            let packetKeys = readings.map(\.key)
            if packetKeys.contains(where: keys.contains) {
                imports.append(current)
                current.removeAll(keepingCapacity: true)
                keys.removeAll(keepingCapacity: true)
            }
            keys.formUnion(packetKeys)
            current += readings
        }
        if !current.isEmpty { imports.append(current) }
        return imports
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
