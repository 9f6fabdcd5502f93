import Foundation
import Receive
import Store
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// `airbulletin receive` (issue 15): the HJ 212 server on the configured address until SIGTERM or
/// SIGINT, then a clean stop (no new connection, every queued packet committed and answered).
/// Logs to `log` (stderr): the start, one line per connection and per first refusal of each reason
/// on it, a summary every `summarySeconds`, the stop. Never a password.
public enum ReceiverRun {
    /// - Returns: the counts since start, once stopped.
    public static func run(
        settings: ReceiveSettings, listen: ListenAddress?, stations: ReceiverStations, store: Store,
        clock: any Clock, log: @escaping @Sendable (String) -> Void
    ) throws -> ReceiverCounts {
        // Installed first, so that a stop asked for during the start is not lost.
        let signals = StopSignals()
        let address = listen ?? settings.listen
        let limits = settings.limits
        let server = try HJ212Server.start(
            host: address.host, port: address.port, stations: stations, store: store, limits: limits,
            now: { clock.now() }, log: { log("receive: " + $0) })
        let bound = ListenAddress(host: address.host, port: server.port)
        log(
            "receive: listening on \(bound) for \(stations.count) stations; at most \(limits.maximumConnections) "
                + "connections, idle timeout \(limits.idleTimeoutSeconds) s, queue \(limits.queueCapacity) packets; "
                + "SIGTERM or SIGINT stops")
        if let files = openFileLimit(), files < limits.maximumConnections + 64 {
            log(
                "receive: warning: the open-file limit is \(files) (ulimit -n), fewer than max_connections "
                    + "\(limits.maximumConnections) needs; raise it (LimitNOFILE= in the systemd unit) or lower max_connections"
            )
        }
        let last = Mutex(ReceiverCounts())
        server.every(seconds: settings.summarySeconds) { counts in
            let minute = last.withLock { previous in
                defer { previous = counts }
                return counts.since(previous)
            }
            log(
                "receive: last \(settings.summarySeconds) s: \(minute.summary); open connections \(server.openConnections)"
            )
        }
        let name = signals.wait()
        log("receive: \(name): stopping (no new connection; the queued packets are committed and answered)")
        server.stop()
        let counts = server.counts
        log("receive: stopped; since start: \(counts.summary)")
        return counts
    }

    /// The soft limit of open files, each connection one.
    static func openFileLimit() -> Int? {
        #if canImport(Glibc)
            var limit = rlimit()
            // RLIM_INFINITY is all ones: larger than any Int.
            guard getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < UInt(Int.max)
            else { return nil }
            return Int(limit.rlim_cur)
        #else
            return nil
        #endif
    }
}
