import HJ212
import NIOCore

/// Cuts a connection's bytes into HJ 212 packets (HJ 212—2017 §6.3.1) with `PacketFramer`'s
/// framing, read in place in NIO's buffer: only a whole packet's bytes are copied. Garbage before
/// `##` is dropped, a packet past the limit (`PacketLimits.maximumPacket`) is refused as `.tooLong`,
/// and what waits for the next read is always less than one maximum packet.
struct PacketDecoder: ByteToMessageDecoder {
    typealias InboundOut = PacketFramer.Event

    /// How far the search for CR LF has come over the bytes kept since the last event.
    private var scanned = 0

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let step = buffer.withUnsafeReadableBytes { PacketFramer.step($0, scanned: scanned) }
        buffer.moveReaderIndex(forwardBy: step.consumed)
        scanned = step.scanned
        guard let event = step.event else { return .needMoreData }
        context.fireChannelRead(wrapInboundOut(event))
        return .continue
    }

    /// A connection dropped mid-packet: the part held is discarded, never stored.
    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws
        -> DecodingState
    {
        try decode(context: context, buffer: &buffer)
    }
}
