import Dispatch
import Foundation
import Synchronization

/// SIGTERM (systemd's stop, `kill`) and SIGINT (Ctrl-C) as Dispatch signal sources: the default
/// action (die at once, the queue lost) is replaced by a clean stop, and no code runs inside a
/// signal handler.
// @unchecked: the sources are only touched in init; the rest is a semaphore and a mutex.
final class StopSignals: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]
    private let received = DispatchSemaphore(value: 0)
    private let which = Mutex<Int32>(0)

    init(_ signals: [Int32] = [SIGTERM, SIGINT]) {
        let queue = DispatchQueue(label: "receive-signals")
        var sources: [any DispatchSourceSignal] = []
        for number in signals {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            sources.append(source)
        }
        self.sources = sources
        for (source, number) in zip(sources, signals) {
            source.setEventHandler { [self] in
                which.withLock { $0 = number }
                received.signal()
            }
            source.resume()
        }
    }

    /// Blocks until one of the signals arrives; its name (`SIGTERM`).
    func wait() -> String {
        received.wait()
        return which.withLock { $0 } == SIGINT ? "SIGINT" : "SIGTERM"
    }
}
