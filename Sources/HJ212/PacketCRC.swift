/// The checksum of an HJ 212 packet (HJ 212—2017 §6.3.2 and its appendix A, as the issue states
/// the algorithm; the appendix's C listing was not available to check against): it covers the data
/// segment only, starts at 0xFFFF, and for each byte folds it into the low byte after shifting the
/// register right by 8, then shifts 8 times, XOR-ing 0xA001 when the bit shifted out is 1.
/// This is not CRC-16/MODBUS (MODBUS XORs the byte without the 8-bit shift first); the test pins
/// it against the real packet of issue 15 (`cc01`).
public enum PacketCRC {
    /// Inlinable, so that a caller in another module (the simulator) gets it specialized for
    /// its bytes instead of stepping a generic iterator per byte.
    @inlinable
    public static func checksum(_ bytes: some Sequence<UInt8>) -> UInt16 {
        // `(crc >> 8) ^ byte` is below 256, so the eight shifts that follow depend on it alone:
        // one look-up in a table of their results (the receiver checks every packet and CRCs
        // every answer).
        var crc: UInt16 = 0xFFFF
        for byte in bytes { crc = table[Int((crc >> 8) ^ UInt16(byte))] }
        return crc
    }

    /// The eight shifts of the algorithm above for each value 0…255.
    @usableFromInline static let table: [UInt16] = (0..<256).map { value in
        var crc = UInt16(value)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xA001 : crc >> 1 }
        return crc
    }

    /// Four lower-case hex digits, as loggers send them (`cc01`).
    public static func hex(_ crc: UInt16) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<4).map { digits[Int((crc >> UInt16(12 - 4 * $0)) & 0xF)] })
    }
}
