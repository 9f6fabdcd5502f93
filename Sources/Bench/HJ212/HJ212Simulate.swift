import ArgumentParser
import Dispatch
import Foundation
import NIOCore
import NIOPosix

/// `airbulletin-bench hj212-simulate`: N stations' data loggers on loopback against a real
/// `airbulletin receive` (issue 15, Benchmark): the packets/s answered at an offered rate, the
/// time from send to answer, the receiver's peak memory. Figures, never pass/fail.
struct HJ212Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hj212-simulate",
        abstract: "Plays N HJ 212 stations sending minute and hourly packets to airbulletin receive on 127.0.0.1.")

    @Option(help: "The airbulletin binary whose receive is measured.")
    var airbulletin: String

    @Option(help: "Simulated stations, one connection each (the national network: 2,026).")
    var stations = 2_026

    @Option(help: "Packets offered per second, over all stations.")
    var rate = 20_000

    @Option(help: "Seconds measured, after the warm-up.")
    var seconds = 20

    @Option(help: "Seconds sent before measuring.")
    var warmup = 3

    @Option(help: "One hourly (2061) packet in this many; the others are minute (2051) values.")
    var hourlyEvery = 61

    @Option(help: "Packets a station sends in one TCP write (1: one at a time, as a logger sends; more: a backlog).")
    var perWrite = 1

    @Option(help: "The receiver's work folder (stations, configuration, database, log).")
    var work = "bench-out/hj212"

    func run() throws {
        let receiver = try ReceiverUnderTest(
            binary: airbulletin, work: URL(fileURLWithPath: work), stations: stations)
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        defer { try? group.syncShutdownGracefully() }
        let loop = group.next()
        let simulation = Simulation(loop: loop, rate: Double(rate), perWrite: perWrite)
        let bootstrap = ClientBootstrap(group: group)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    // Each station is made where its connection is: on the simulator's one loop.
                    let index = simulation.connections.count
                    let connection = StationConnection(
                        station: SimulatedStation(
                            index: index, password: ReceiverUnderTest.password, hourlyEvery: hourlyEvery),
                        tally: simulation.tally)
                    simulation.add(connection)
                    try channel.pipeline.syncOperations.addHandler(connection)
                }
            }
        var channels: [any Channel] = []
        for start in stride(from: 0, to: stations, by: 128) {
            let futures = (start..<min(start + 128, stations)).map { _ in
                bootstrap.connect(host: "127.0.0.1", port: receiver.port)
            }
            for future in futures { channels.append(try future.wait()) }
        }
        let active = try loop.submit { simulation.active }.wait()
        guard active == stations else { throw SimulationError("\(active) of \(stations) stations connected") }

        try loop.submit { simulation.startSending() }.wait()
        Thread.sleep(forTimeInterval: Double(warmup))
        let cpuBefore = receiver.usage().cpuSeconds
        let ownBefore = ReceiverUnderTest.cpuSeconds(pid: getpid())
        try loop.submit { simulation.tally.measuring = true }.wait()
        let start = DispatchTime.now().uptimeNanoseconds
        Thread.sleep(forTimeInterval: Double(seconds))
        let (answers, latency) = try loop.submit { () -> (Int, LatencyHistogram) in
            simulation.tally.measuring = false
            return (simulation.tally.measuredAnswers, simulation.tally.latency)
        }.wait()
        let measured = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpuAfter = receiver.usage().cpuSeconds
        let ownAfter = ReceiverUnderTest.cpuSeconds(pid: getpid())
        try loop.submit { simulation.stopSending() }.wait()
        // The last packets' answers: a station re-sends what is not answered, so none may be lost.
        var outstanding = 0
        for _ in 0..<300 {
            outstanding = try loop.submit { simulation.outstanding }.wait()
            if outstanding == 0 { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        let (sent, unmatched) = try loop.submit { (simulation.tally.sent, simulation.tally.unmatched) }.wait()
        let peak = receiver.usage().peakMiB
        for channel in channels { try? channel.close().wait() }
        let (status, last) = receiver.stop()

        let perSecond = Double(answers) / measured
        print(
            "hj212-simulate: \(stations.grouped) stations on 127.0.0.1, offered \(rate.grouped) packets/s (1 hourly in "
                + "\(hourlyEvery), the rest minute values; \(perWrite) per write) for \(seconds) s after \(warmup) s: "
                + "answered "
                + "\(Int(perSecond.rounded()).grouped) packets/s; send→answer p50 \(Self.ms(latency.percentile(50))) ms, "
                + "p99 \(Self.ms(latency.percentile(99))) ms, max \(Self.ms(Double(latency.maximumNanoseconds) / 1e6)) ms; "
                + "receiver peak \(peak) MiB, CPU \(String(format: "%.2f", (cpuAfter - cpuBefore) / measured)) cores "
                + "(\(Self.perPacket(cpuAfter - cpuBefore, answers)) µs per packet), simulator CPU "
                + "\(String(format: "%.2f", (ownAfter - ownBefore) / measured)) cores "
                + "(\(Self.perPacket(ownAfter - ownBefore, answers)) µs per packet); "
                + "sent \(sent.grouped), unanswered \(outstanding), unmatched answers \(unmatched); receive exit "
                + "\(status)")
        print("hj212-simulate: \(last)")
    }

    /// CPU microseconds per answered packet.
    static func perPacket(_ seconds: Double, _ packets: Int) -> Int {
        Int((seconds / max(1, Double(packets)) * 1e6).rounded())
    }

    static func ms(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.1f", value) }
}

extension Int {
    /// 20,000
    var grouped: String {
        let digits = String(abs(self))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (self < 0 ? "-" : "") + out
    }
}
