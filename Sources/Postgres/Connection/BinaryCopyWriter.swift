/// Rows in PostgreSQL's binary COPY format (https://www.postgresql.org/docs/15/sql-copy.html,
/// "Binary Format"): a signature and header, then per row a 16-bit field count and each field as
/// a 32-bit length (-1 for NULL) and its bytes in network order; a trailer of -1. Sent to the
/// server about every mebibyte, so that a national import never sits in memory twice.
public struct BinaryCopyWriter {
    private let connection: PostgresConnection
    private let buffer = CopyBuffer(capacity: chunkSize + 4096)
    static let chunkSize = 1 << 20

    init(connection: PostgresConnection) {
        self.connection = connection
        // "PGCOPY\n\377\r\n\0", flags 0, no header extension.
        let signature: [UInt8] = [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00]
        signature.withUnsafeBytes { buffer.append($0) }
        buffer.append(Int32(0))
        buffer.append(Int32(0))
    }

    /// Starts a row of `fields` columns; then one call per column, in the COPY's column order.
    public mutating func beginRow(fields: Int16) throws(PostgresError) {
        if buffer.count >= Self.chunkSize { try flush() }
        buffer.append(fields)
    }

    /// A `smallint` column.
    public mutating func smallint(_ value: Int16?) {
        guard let value else { return null() }
        buffer.append(Int32(2))
        buffer.append(value)
    }

    /// An `integer` column.
    public mutating func integer(_ value: Int32?) {
        guard let value else { return null() }
        buffer.append(Int32(4))
        buffer.append(value)
    }

    /// A `bigint` column.
    public mutating func bigint(_ value: Int64?) {
        guard let value else { return null() }
        buffer.append(Int32(8))
        buffer.append(value)
    }

    /// A `boolean` column.
    public mutating func boolean(_ value: Bool) {
        buffer.append(Int32(1))
        buffer.append(UInt8(value ? 1 : 0))
    }

    /// A `text` column, UTF-8.
    public mutating func text(_ value: String?) {
        guard var value else { return null() }
        value.withUTF8 { utf8 in
            buffer.append(Int32(utf8.count))
            buffer.append(UnsafeRawBufferPointer(utf8))
        }
    }

    /// A `double precision` column (IEEE 754, network order).
    public mutating func doublePrecision(_ value: Double?) {
        guard let value else { return null() }
        buffer.append(Int32(8))
        buffer.append(value.bitPattern)
    }

    /// A `text` (UTF-8) or `bytea` column, its bytes as given.
    public mutating func raw(_ value: UnsafeRawBufferPointer?) {
        guard let value else { return null() }
        buffer.append(Int32(value.count))
        buffer.append(value)
    }

    public mutating func null() { buffer.append(Int32(-1)) }

    private mutating func flush() throws(PostgresError) {
        try connection.sendCopyData(UnsafeRawBufferPointer(start: buffer.base, count: buffer.count))
        buffer.count = 0
    }

    /// Writes the trailer and sends what is left.
    mutating func finish() throws(PostgresError) {
        buffer.append(Int16(-1))
        try flush()
    }
}

/// The bytes of the COPY not sent yet, stored in place (an append to a `[UInt8]` per field cost
/// the import a tenth of its client time); it grows for a field larger than itself.
final class CopyBuffer {
    private(set) var base: UnsafeMutableRawPointer
    private var capacity: Int
    var count = 0

    init(capacity: Int) {
        base = .allocate(byteCount: capacity, alignment: 8)
        self.capacity = capacity
    }

    deinit { base.deallocate() }

    /// Appends `value` in network order.
    @inline(__always)
    func append<T: FixedWidthInteger>(_ value: T) {
        reserve(MemoryLayout<T>.size)
        (base + count).storeBytes(of: value.bigEndian, as: T.self)
        count += MemoryLayout<T>.size
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count)
        (base + count).copyMemory(from: source, byteCount: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    private func reserve(_ size: Int) {
        guard count + size > capacity else { return }
        let grown = UnsafeMutableRawPointer.allocate(byteCount: max(2 * capacity, count + size), alignment: 8)
        grown.copyMemory(from: base, byteCount: count)
        base.deallocate()
        base = grown
        capacity = max(2 * capacity, count + size)
    }
}
