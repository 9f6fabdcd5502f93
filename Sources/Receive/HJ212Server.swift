import AQI
import Foundation
import NIOCore
import NIOPosix
import Store

/// `airbulletin receive`: a TCP server on SwiftNIO for HJ 212 data loggers. Each connection is
/// framed, checked and answered on its event loop; hourly values go through a bounded queue to
/// one writer thread that commits them in short transactions.
public final class HJ212Server: Sendable {
    let group: MultiThreadedEventLoopGroup
    let channel: any Channel
    let queue: StoreQueue
    let writer: StoreWriter
    let counter: ReceiverCounter
    let gate: ConnectionGate
    let log: @Sendable (String) -> Void

    /// The address it listens on (its port when started on port 0).
    public var localAddress: SocketAddress? { channel.localAddress }
    public var port: Int { channel.localAddress?.port ?? 0 }
    public var counts: ReceiverCounts { counter.snapshot }

    /// Binds `host:port` and starts serving.
    ///
    /// - Parameters:
    ///   - now: the clock, recorded as the fetch time of what is stored.
    ///   - log: one line per connection, per first refusal of each reason on a connection, per
    ///     store failure.
    public static func start(
        host: String, port: Int, stations: ReceiverStations, store: Store, limits: ReceiverLimits = .init(),
        threads: Int = System.coreCount, now: @escaping @Sendable () -> Instant,
        log: @escaping @Sendable (String) -> Void
    ) throws -> HJ212Server {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: max(1, threads))
        let counter = ReceiverCounter()
        let queue = StoreQueue(capacity: limits.queueCapacity)
        let writer = StoreWriter(
            store: store, queue: queue, counter: counter, batchSize: limits.batchSize,
            batchMilliseconds: limits.batchMilliseconds, now: now, log: log)
        let gate = ConnectionGate(maximum: limits.maximumConnections)
        let idle = TimeAmount.seconds(Int64(limits.idleTimeoutSeconds))
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 4)
            .childChannelInitializer { channel in
                guard gate.enter() else {
                    counter.update { $0.connectionsRefused += 1 }
                    return channel.eventLoop.makeFailedFuture(ConnectionsFull())
                }
                counter.update { $0.connections += 1 }
                channel.closeFuture.whenComplete { _ in gate.leave() }
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers([
                        IdleStateHandler(readTimeout: idle),
                        ByteToMessageHandler(PacketDecoder()),
                        PacketHandler(stations: stations, queue: queue, counter: counter, log: log),
                    ])
                }
            }
        let channel: any Channel
        do {
            channel = try bootstrap.bind(host: host, port: port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw ReceiverStartError(host: host, port: port, underlying: error)
        }
        writer.start()
        return HJ212Server(
            group: group, channel: channel, queue: queue, writer: writer, counter: counter, gate: gate, log: log)
    }

    init(
        group: MultiThreadedEventLoopGroup, channel: any Channel, queue: StoreQueue, writer: StoreWriter,
        counter: ReceiverCounter, gate: ConnectionGate, log: @escaping @Sendable (String) -> Void
    ) {
        self.group = group
        self.channel = channel
        self.queue = queue
        self.writer = writer
        self.counter = counter
        self.gate = gate
        self.log = log
    }

    /// Every `seconds`, `body` gets the counts since start (the command's per-minute summary).
    public func every(seconds: Int, _ body: @escaping @Sendable (ReceiverCounts) -> Void) {
        let counter = counter
        let interval = TimeAmount.seconds(Int64(seconds))
        group.next().scheduleRepeatedTask(initialDelay: interval, delay: interval) { _ in body(counter.snapshot) }
    }

    /// Connections open now.
    public var openConnections: Int { gate.count }

    /// Stops cleanly: no new connection, every queued packet committed and answered, then the
    /// connections closed.
    public func stop() {
        try? channel.close().wait()
        queue.close()
        writer.waitUntilFinished()
        // The answers of the last batch were handed to the loops; let them be written.
        for loop in group.makeIterator() { try? loop.submit {}.wait() }
        try? group.syncShutdownGracefully()
    }
}

/// Refuses a connection beyond the maximum: the initializer fails and NIO closes it.
struct ConnectionsFull: Error {}

/// The address could not be bound.
public struct ReceiverStartError: Error, CustomStringConvertible {
    public let host: String
    public let port: Int
    public let underlying: any Error

    public var description: String {
        "cannot listen on \(host):\(port): \(underlying); check that the address is this machine's and that no other "
            + "program uses the port"
    }
}
