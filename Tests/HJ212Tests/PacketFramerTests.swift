import HJ212
import Testing

@Suite struct PacketFramerTests {
    static let packet = Array(PacketFrameTests.real.utf8)

    func events(_ chunks: [[UInt8]]) -> [PacketFramer.Event] {
        var framer = PacketFramer()
        var out: [PacketFramer.Event] = []
        for chunk in chunks {
            framer.append(chunk)
            while let e = framer.next() { out.append(e) }
        }
        return out
    }

    @Test func aPacketSentOneByteAtATimeComesOutWhole() {
        #expect(events(Self.packet.map { [$0] }) == [.packet(Self.packet)])
    }

    @Test func garbageBeforeAndBetweenPacketsIsDroppedAndCounted() {
        let garbage: [UInt8] = [0x00, 0xFF, 0x41, 0x0D, 0x0A]
        #expect(
            events([garbage + Self.packet + garbage + Self.packet])
                == [.garbage(count: 5), .packet(Self.packet), .garbage(count: 5), .packet(Self.packet)])
    }

    @Test func aPacketWithoutCRLFIsRefusedAtTheLimitAndTheNextOneStillComes() {
        let endless = Array("##9999QN=".utf8) + Array(repeating: UInt8(ascii: "x"), count: PacketLimits.maximumPacket)
        let out = events([endless, Self.packet])
        #expect(out.first == .tooLong)
        #expect(out.last == .packet(Self.packet))
        #expect(!out.dropLast().contains(.packet(Self.packet)))
    }

    @Test func memoryHeldStaysUnderTheLimit() {
        var framer = PacketFramer()
        framer.append(Array("##".utf8))
        for _ in 0..<30 {
            framer.append(Array(repeating: UInt8(ascii: "y"), count: 1_000))
            while framer.next() != nil {}
            #expect(framer.pending < PacketLimits.maximumPacket + 1_000)
        }
    }

    @Test func aPacketCutShortByTheNextHeaderIsDroppedAndTheNextOneComes() {
        let cut = Array(Self.packet.prefix(40))
        #expect(events([cut + Self.packet]) == [.unterminated(count: 40), .packet(Self.packet)])
        // Sent byte by byte, the decision waits for the four digits after `##`.
        #expect(events((cut + Self.packet).map { [$0] }) == [.unterminated(count: 40), .packet(Self.packet)])
    }

    @Test func aStrayHashBeforeAPacketIsGarbage() {
        #expect(events([Array("#".utf8) + Self.packet]) == [.garbage(count: 1), .packet(Self.packet)])
    }
}
