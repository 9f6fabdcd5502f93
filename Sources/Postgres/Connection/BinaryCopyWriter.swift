/// Rows in PostgreSQL's binary COPY format (https://www.postgresql.org/docs/15/sql-copy.html,
/// "Binary Format"): a signature and header, then per row a 16-bit field count and each field as
/// a 32-bit length (-1 for NULL) and its bytes in network order; a trailer of -1. Sent to the
/// server about every mebibyte, so that a national import never sits in memory twice.
public struct BinaryCopyWriter {
    private let connection: PostgresConnection
    private var bytes: [UInt8] = []
    static let chunkSize = 1 << 20

    init(connection: PostgresConnection) {
        self.connection = connection
        bytes.reserveCapacity(Self.chunkSize + 4096)
        // "PGCOPY\n\377\r\n\0", flags 0, no header extension.
        bytes += [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00]
        append(Int32(0))
        append(Int32(0))
    }

    /// Starts a row of `fields` columns; then one call per column, in the COPY's column order.
    public mutating func beginRow(fields: Int16) throws(PostgresError) {
        if bytes.count >= Self.chunkSize { try flush() }
        append(fields)
    }

    /// A `smallint` column.
    public mutating func smallint(_ value: Int16?) {
        guard let value else { return null() }
        append(Int32(2))
        append(value)
    }

    /// An `integer` column.
    public mutating func integer(_ value: Int32?) {
        guard let value else { return null() }
        append(Int32(4))
        append(value)
    }

    /// A `bigint` column.
    public mutating func bigint(_ value: Int64?) {
        guard let value else { return null() }
        append(Int32(8))
        append(value)
    }

    /// A `boolean` column.
    public mutating func boolean(_ value: Bool) {
        append(Int32(1))
        bytes.append(value ? 1 : 0)
    }

    /// A `text` column, UTF-8.
    public mutating func text(_ value: String?) {
        guard let value else { return null() }
        let utf8 = Array(value.utf8)
        append(Int32(utf8.count))
        bytes += utf8
    }

    /// A `double precision` column (IEEE 754, network order).
    public mutating func doublePrecision(_ value: Double?) {
        guard let value else { return null() }
        append(Int32(8))
        append(value.bitPattern)
    }

    /// A `text` (UTF-8) or `bytea` column, its bytes as given.
    public mutating func raw(_ value: UnsafeRawBufferPointer?) {
        guard let value else { return null() }
        append(Int32(value.count))
        bytes.append(contentsOf: value)
    }

    public mutating func null() { append(Int32(-1)) }

    private mutating func append<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.bigEndian) { bytes.append(contentsOf: $0) }
    }

    private mutating func flush() throws(PostgresError) {
        try connection.sendCopyData(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes the trailer and sends what is left.
    mutating func finish() throws(PostgresError) {
        append(Int16(-1))
        try flush()
    }
}
