import AQI
import HJ212
import NIOCore
import Store

/// One connection's packets (HJ 212—2017 §6.3): checks each frame and segment, authenticates
/// MN and PW, hands hourly values to the store queue and answers 9014 once they are committed
/// (§6.6 数据应答), answers a bad CRC (QnRtn 9) or a bad length (QnRtn 100) and keeps the
/// connection. Nothing a station sends can throw out of here: every problem is a count.
///
/// The answers of one read (a station that sends several packets at once) go out in one write,
/// in the packets' order, when the read is complete; the counts of a read are added to the
/// receiver's in one step just before, so they are there when the answers arrive.
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
    /// The counts of this read, not yet added to the receiver's.
    private var unreported = ReceiverCounts()
    private var hasUnreported = false
    /// The answers of this read, not yet written.
    private var answers: ByteBuffer?
    /// Reasons already logged on this connection: a flood of bad packets is one line each.
    private var logged: Set<RefusalReason> = []
    private var loggedVersion = false

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
        report()
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
        let event = unwrapInboundIn(data)
        note {
            if case .garbage(let count) = event { $0.garbageBytes += count } else { $0.packets += 1 }
        }
        switch event {
        case .garbage: break
        case .tooLong:
            packets += 1
            refuse(.frame(FrameError.tooLong.reason))
        case .unterminated:
            packets += 1
            refuse(.frame(FrameError.missingTerminator.reason))
        case .packet(let bytes):
            packets += 1
            receive(bytes, context: context)
        }
    }

    /// The read is complete: its counts first, then its answers in one write.
    func channelReadComplete(context: ChannelHandlerContext) {
        report()
        if let answers {
            self.answers = nil
            context.writeAndFlush(wrapOutboundOut(answers), promise: nil)
        }
        context.fireChannelReadComplete()
    }

    private func note(_ body: (inout ReceiverCounts) -> Void) {
        body(&unreported)
        hasUnreported = true
    }

    private func report() {
        guard hasUnreported else { return }
        counter.add(unreported)
        unreported = ReceiverCounts()
        hasUnreported = false
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
        if segment.edition == nil {
            // HJ 212—2017 §6.3.2 Table 4: V5…V0 give the edition. An unknown number (HJ 212—2025's
            // could not be checked) is taken with the same framing, counted and logged once.
            note { $0.unknownVersion += 1 }
            if !loggedVersion {
                loggedVersion = true
                log(
                    "connection \(peer): MN \(Self.printable(segment.mn)) sends Flag version \(segment.version), "
                        + "neither HJ/T 212—2005's (0) nor HJ 212—2017's (1); its packets are taken and counted")
            }
        }
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
        _ segment: DataSegment, context: ChannelHandlerContext, _ kind: (inout ReceiverCounts) -> Void
    ) {
        note(kind)
        if segment.wantsAnswer { send(DataAnswer.dataAnswer(to: segment), context: context) }
    }

    private func storeHourly(_ segment: DataSegment, entry: ReceiverStations.Entry, context: ChannelHandlerContext) {
        let hourly: [Reading]
        do {
            let packet = try HourlyPacket(segment)
            note { $0.otherCodes += packet.otherCodes.count }
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
                // After the commit, outside any read: written at once.
                if let answer {
                    context.writeAndFlush(
                        handler.wrapOutboundOut(context.channel.allocator.buffer(bytes: answer)), promise: nil)
                }
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

    /// Queues an answer of this read (written by `channelReadComplete`).
    private func send(_ bytes: [UInt8], context: ChannelHandlerContext) {
        if answers == nil { answers = context.channel.allocator.buffer(capacity: bytes.count * 2) }
        answers!.writeBytes(bytes)
    }

    private func refuse(_ reason: RefusalReason, detail: String? = nil) {
        refused += 1
        note { $0.refused[reason, default: 0] += 1 }
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
