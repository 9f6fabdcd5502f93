import Dispatch
import NIOCore
import NIOPosix

/// The simulator's state: every connection, the pacer and the tally. Touched only on its one
/// event loop (the `loop.submit` calls of `HJ212Simulate`), hence unchecked.
final class Simulation: @unchecked Sendable {
    let loop: any EventLoop
    let rate: Double
    /// Packets a station sends in one write (1: one packet per TCP write, as a logger sends).
    let perWrite: Int
    let tally = SimulatorTally()
    private(set) var connections: [StationConnection] = []
    private var next = 0
    private var startedAt: UInt64 = 0
    private var sending = false

    init(loop: any EventLoop, rate: Double, perWrite: Int) {
        self.loop = loop
        self.rate = rate
        self.perWrite = max(1, perWrite)
    }

    func add(_ connection: StationConnection) { connections.append(connection) }

    /// Starts the pacer: every millisecond, the packets due at `rate` since the start, `perWrite`
    /// to a station in turn (each station's packets spread evenly over the run).
    func startSending() {
        startedAt = DispatchTime.now().uptimeNanoseconds
        sending = true
        loop.scheduleRepeatedTask(initialDelay: .milliseconds(1), delay: .milliseconds(1)) { [self] task in
            guard sending else { return task.cancel() }
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - startedAt) / 1e9
            let due = Int(rate * elapsed) - tally.sent
            // A stalled tick does not turn into a burst of more than 50 ms of packets.
            for _ in 0..<(min(max(due, 0), Int(rate / 20) + 1) / perWrite) {
                let connection = connections[next]
                next = (next + 1) % connections.count
                connection.send(perWrite)
            }
        }
    }

    func stopSending() { sending = false }

    var outstanding: Int { connections.reduce(0) { $0 + $1.outstanding } }
    var active: Int { connections.filter(\.isActive).count }
}
