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
/// its commit, so answers may come out of order).
final class StationConnection: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private var station: SimulatedStation
    private let tally: SimulatorTally
    private var context: ChannelHandlerContext?
    private var sentAt: [Int: UInt64] = [:]
    private var pending: [UInt8] = []

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

    /// Sends the station's next packet.
    func sendNext() {
        guard let context else { return }
        let (packet, qn) = station.next()
        sentAt[qn] = DispatchTime.now().uptimeNanoseconds
        tally.sent += 1
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(bytes: packet)), promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let now = DispatchTime.now().uptimeNanoseconds
        var buffer = unwrapInboundIn(data)
        pending += buffer.readBytes(length: buffer.readableBytes) ?? []
        var start = 0
        while let end = pending[start...].firstIndex(of: 0x0A) {
            let line = pending[start...end]
            start = end + 1
            guard let qn = SimulatedStation.qn(inAnswer: line), let sent = sentAt.removeValue(forKey: qn) else {
                tally.unmatched += 1
                continue
            }
            tally.answered += 1
            if tally.measuring {
                tally.measuredAnswers += 1
                tally.latency.record(nanoseconds: now - sent)
            }
        }
        if start > 0 { pending.removeFirst(start) }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }
}
