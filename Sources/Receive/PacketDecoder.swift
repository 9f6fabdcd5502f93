import HJ212
import NIOCore

/// Cuts a connection's bytes into HJ 212 packets with `PacketFramer` (HJ 212—2017 §6.3.1), which
/// never holds more than the maximum packet (`PacketLimits.maximumPacket`): garbage before `##`
/// is dropped, a packet past the limit is refused as `.tooLong`.
struct PacketDecoder: ByteToMessageDecoder {
    typealias InboundOut = PacketFramer.Event

    private var framer = PacketFramer()

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        // Fed a packet's worth at a time, so the framer's buffer stays within its bound.
        while buffer.readableBytes > 0 {
            let chunk = min(buffer.readableBytes, PacketLimits.maximumPacket)
            // As an array: the framer's append is generic and in another module.
            framer.append(buffer.readBytes(length: chunk) ?? [])
            while let event = framer.next() { context.fireChannelRead(wrapInboundOut(event)) }
        }
        return .needMoreData
    }

    /// A connection dropped mid-packet: the part held is discarded, never stored.
    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws
        -> DecodingState
    {
        try decode(context: context, buffer: &buffer)
    }
}
