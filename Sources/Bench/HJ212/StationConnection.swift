import Dispatch
import NIOCore

/// What every connection of the simulator records, on its one event loop (no lock).
final class SimulatorTally {
    var sent = 0
    var answered = 0
    /// Answers received while measuring, and their latencies.
    var measuredAnswers = 0
    var latency = LatencyHistogram()
    var measuring = false
    var unmatched = 0
}

/// One simulated station's TCP connection: sends its packets when the pacer says, and matches
/// each 9014 answer to its packet by QN (a minute packet is answered at once, an hourly one after
/// its commit, so answers may come out of order). Each packet is timed from the moment it is
/// handed to the socket to the read that brought its answer.
final class StationConnection: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var station: SimulatedStation
    private let tally: SimulatorTally
    private var context: ChannelHandlerContext?
    private var sentAt = SendTimes()
    /// The start of an answer a read cut off.
    private var partial: [UInt8] = []

    init(station: SimulatedStation, tally: SimulatorTally) {
        self.station = station
        self.tally = tally
    }

    var isActive: Bool { context != nil }
    var outstanding: Int { sentAt.count }

    func channelActive(context: ChannelHandlerContext) {
        self.context = context
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        self.context = nil
        context.fireChannelInactive()
    }

    /// Sends the station's next `count` packets in one write, each timed from now.
    func send(_ count: Int) {
        guard let context, count > 0 else { return }
        var buffer = context.channel.allocator.buffer(capacity: 320 * count)
        let now = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<count { sentAt.sent(station.writeNext(into: &buffer), at: now) }
        tally.sent += count
        context.writeAndFlush(wrapOutboundOut(buffer), promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let now = DispatchTime.now().uptimeNanoseconds
        let buffer = unwrapInboundIn(data)
        if partial.isEmpty {
            let used = buffer.withUnsafeReadableBytes { answers($0, at: now) }
            if used < buffer.readableBytes { partial += buffer.readableBytesView.dropFirst(used) }
        } else {
            partial += buffer.readableBytesView
            let used = partial.withUnsafeBytes { answers($0, at: now) }
            partial.removeFirst(used)
        }
    }

    /// Matches the whole answers at the start of `bytes`; returns the bytes they took.
    private func answers(_ bytes: UnsafeRawBufferPointer, at now: UInt64) -> Int {
        var start = 0
        while let end = bytes[start...].firstIndex(of: 0x0A) {
            let line = UnsafeRawBufferPointer(rebasing: bytes[start...end])
            start = end + 1
            guard let qn = SimulatedStation.qn(inAnswer: line), let sent = sentAt.answered(qn) else {
                tally.unmatched += 1
                continue
            }
            tally.answered += 1
            if tally.measuring {
                tally.measuredAnswers += 1
                tally.latency.record(nanoseconds: now - sent)
            }
        }
        return start
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
