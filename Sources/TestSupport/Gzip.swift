/// Gzip (RFC 1952) with deflate "stored" blocks (RFC 1951 §3.2.4): real gzip that any decoder
/// must accept, without a compressor. Enough for tests of a client's decoding.
public enum Gzip {
    public static func encode(_ data: [UInt8]) -> [UInt8] {
        // ID1 ID2, CM = 8 (deflate), no flags, no mtime, XFL 0, OS 255 (unknown).
        var out: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF]
        var start = 0
        repeat {
            let end = min(start + 65_535, data.count)
            let length = UInt16(end - start)
            out.append(end == data.count ? 1 : 0)  // BFINAL, BTYPE = 00
            out += littleEndian(UInt32(length), bytes: 2) + littleEndian(UInt32(~length), bytes: 2)
            out += data[start..<end]
            start = end
        } while start < data.count
        return out + littleEndian(crc32(data), bytes: 4)
            + littleEndian(UInt32(truncatingIfNeeded: data.count), bytes: 4)
    }

    /// CRC-32 as gzip uses it (ISO 3309, reflected polynomial 0xEDB88320).
    static func crc32(_ data: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func littleEndian(_ value: UInt32, bytes: Int) -> [UInt8] {
        (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}
