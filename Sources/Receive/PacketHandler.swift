import AQI
import HJ212
import NIOCore
import Store

/// One connection's packets (HJ 212—2017 §6.3): checks each frame and segment, authenticates
/// MN and PW, hands hourly values to the store queue and answers 9014 once they are committed
/// (§6.6 数据应答), answers a bad CRC (QnRtn 9) or a bad length (QnRtn 100) and keeps the
/// connection. Nothing a station sends can throw out of here: every problem is a count.
final class PacketHandler: ChannelInboundHandler {
    typealias InboundIn = PacketFramer.Event
    typealias OutboundOut = ByteBuffer

    let stations: ReceiverStations
    let queue: StoreQueue
    let counter: ReceiverCounter
    let log: @Sendable (String) -> Void
    private var peer = "?"
    private var mn: String?
    private var packets = 0
    private var stored = 0
    private var refused = 0
    /// Reasons already logged on this connection: a flood of bad packets is one line each.
    private var logged: Set<RefusalReason> = []

    init(
        stations: ReceiverStations, queue: StoreQueue, counter: ReceiverCounter,
        log: @escaping @Sendable (String) -> Void
    ) {
        self.stations = stations
        self.queue = queue
        self.counter = counter
        self.log = log
    }

    func channelActive(context: ChannelHandlerContext) {
        peer = context.remoteAddress.map(Self.describe) ?? "?"
        context.fireChannelActive()
    }

    func channelInactive(context: ChannelHandlerContext) {
        log("connection \(peer) closed: MN \(mn ?? "none"), \(packets) packets (stored \(stored), refused \(refused))")
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read {
            counter.update { $0.idleClosed += 1 }
            log("connection \(peer): nothing received within the idle timeout; closed")
            context.close(promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A reset by the peer, say: the connection ends, the server goes on.
        context.close(promise: nil)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .garbage(let count):
            counter.update { $0.garbageBytes += count }
        case .tooLong:
            counter.update { $0.packets += 1 }
            packets += 1
            refuse(.frame(FrameError.tooLong.reason))
        case .unterminated:
            counter.update { $0.packets += 1 }
            packets += 1
            refuse(.frame(FrameError.missingTerminator.reason))
        case .packet(let bytes):
            counter.update { $0.packets += 1 }
            packets += 1
            receive(bytes, context: context)
        }
    }

    private func receive(_ bytes: [UInt8], context: ChannelHandlerContext) {
        let segmentBytes: ArraySlice<UInt8>
        do {
            segmentBytes = try PacketFrame.segment(of: bytes)
        } catch {
            refuse(error.refusal)
            let (qn, mn) = PacketPeek.qnAndMN(bytes)
            switch error {
            case .crcMismatch: send(DataAnswer.requestAnswer(.crcError, qn: qn, mn: mn), context: context)
            case .lengthMismatch: send(DataAnswer.requestAnswer(.unknownError, qn: qn, mn: mn), context: context)
            default: break
            }
            return
        }
        let segment: DataSegment
        do {
            segment = try DataSegment(parsing: segmentBytes)
        } catch {
            return refuse(error.refusal)
        }
        let entry: ReceiverStations.Entry
        switch stations.authenticate(mn: segment.mn, password: segment.pw) {
        case .failure(let reason):
            // Never logged: the password sent.
            return refuse(reason, detail: "MN \(Self.printable(segment.mn))")
        case .success(let e): entry = e
        }
        mn = segment.mn
        switch segment.cn {
        case "2061": storeHourly(segment, entry: entry, context: context)
        case "2011": counted(segment, context: context) { $0.realTime += 1 }
        case "2051": counted(segment, context: context) { $0.minute += 1 }
        case "2031": counted(segment, context: context) { $0.daily += 1 }
        default: refuse(.command(Self.printable(segment.cn)))
        }
    }

    /// Real-time, minute and daily values: counted and answered, never stored; HJ 633's daily
    /// AQI is computed from the hours only.
    private func counted(
        _ segment: DataSegment, context: ChannelHandlerContext, _ count: (inout ReceiverCounts) -> Void
    ) {
        counter.update(count)
        if segment.wantsAnswer { send(DataAnswer.dataAnswer(to: segment), context: context) }
    }

    private func storeHourly(_ segment: DataSegment, entry: ReceiverStations.Entry, context: ChannelHandlerContext) {
        let hourly: [Reading]
        do {
            let packet = try HourlyPacket(segment)
            counter.update { $0.otherCodes += packet.otherCodes.count }
            hourly = try packet.readings(of: entry.code, link: entry.link)
        } catch {
            return refuse(error.refusal)
        }
        // Only an hour outside the years 1–9999 fails here, which DataTime already excludes.
        guard let readings = try? GroupedReadings(hourly) else { return refuse(.segment("bad DataTime")) }
        let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
        let loop = context.eventLoop
        let answer = segment.wantsAnswer ? DataAnswer.dataAnswer(to: segment) : nil
        let pending = PendingPacket(readings: readings) { committed in
            loop.execute {
                let (handler, context) = bound.value
                guard committed else {
                    handler.refused += 1
                    return
                }
                handler.stored += 1
                if let answer { handler.send(answer, context: context) }
            }
        }
        let channel = context.channel
        switch queue.push(
            pending, waker: { channel.setOption(ChannelOptions.autoRead, value: true).whenFailure { _ in } })
        {
        case .accepted: break
        case .full:
            // Backpressure: this connection is not read until the writer drained the queue.
            context.channel.setOption(ChannelOptions.autoRead, value: false).whenFailure { _ in }
        case .closed:
            refuse(.storeFailure, detail: "the receiver is stopping")
        }
    }

    private func send(_ bytes: [UInt8], context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(bytes: bytes)), promise: nil)
    }

    private func refuse(_ reason: RefusalReason, detail: String? = nil) {
        refused += 1
        counter.refuse(reason)
        if logged.insert(reason).inserted {
            log("connection \(peer): refused a packet: \(reason.name)" + (detail.map { " (\($0))" } ?? ""))
        }
    }

    static func describe(_ address: SocketAddress) -> String {
        guard let ip = address.ipAddress, let port = address.port else { return "\(address)" }
        return address.protocol == .inet6 ? "[\(ip)]:\(port)" : "\(ip):\(port)"
    }

    /// A field from the network as a log may show it: printable ASCII, at most 24 characters.
    static func printable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.prefix(24).map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? $0 : "?" }))
    }
}
