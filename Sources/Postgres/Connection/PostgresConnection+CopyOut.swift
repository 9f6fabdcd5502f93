import CLibPQ

extension PostgresConnection {
    /// Runs `COPY (SELECT …) TO STDOUT (FORMAT binary)` and hands each row to `body` as it
    /// arrives, so that memory stays flat however many rows there are (the PostgreSQL export).
    /// If `body` throws, the server is asked to cancel the statement, what it still sends is
    /// read and dropped (libpq needs that before the next command), and the error comes out as
    /// thrown.
    public func copyOut(_ sql: String, _ body: (BinaryCopyRow) throws -> Void) throws {
        _ = try check(PQexec(handle, sql), expecting: [PGRES_COPY_OUT])
        var parser = BinaryCopyParser()
        var stopped: (any Error)?
        while true {
            var buffer: UnsafeMutablePointer<CChar>?
            let length = PQgetCopyData(handle, &buffer, 0)
            guard length >= 0, let buffer else { break }  // -1: the COPY is done; -2: it failed (below)
            defer { PQfreemem(buffer) }
            guard stopped == nil else { continue }
            do {
                if let row = try parser.row(
                    UnsafeRawBufferPointer(start: buffer, count: Int(length)), endpoint: url.endpoint)
                {
                    try body(row)
                }
            } catch {
                stopped = error
                cancelStatement()
            }
        }
        let failed = drainResults()
        if let stopped { throw stopped }
        if let failed { throw failed }
        if PQstatus(handle) != CONNECTION_OK { throw failure(nil) }
    }

    /// Asks the server to stop the statement in flight (`PQcancel`, on a connection of its own).
    private func cancelStatement() {
        guard let cancel = PQgetCancel(handle) else { return }
        var message = [CChar](repeating: 0, count: 256)
        _ = PQcancel(cancel, &message, Int32(message.count))
        PQfreeCancel(cancel)
    }
}

/// One row of a binary COPY TO (https://www.postgresql.org/docs/15/sql-copy.html, "Binary
/// Format"), read in place: valid only inside the `copyOut` body it is given to.
public struct BinaryCopyRow {
    fileprivate let base: UnsafeRawPointer
    /// Per field its offset from `base` and its length; -1 for NULL.
    fileprivate let fields: [(offset: Int, length: Int32)]

    public var count: Int { fields.count }

    public func isNull(_ field: Int) -> Bool { fields[field].length < 0 }

    /// A `smallint`, `integer` or `bigint` field; nil for NULL.
    public func integer(_ field: Int) -> Int64? {
        let (offset, length) = fields[field]
        let p = base + offset
        switch length {
        case 2: return Int64(Int16(bigEndian: p.loadUnaligned(as: Int16.self)))
        case 4: return Int64(Int32(bigEndian: p.loadUnaligned(as: Int32.self)))
        case 8: return Int64(bigEndian: p.loadUnaligned(as: Int64.self))
        default: return nil
        }
    }

    /// A `text` field; nil for NULL.
    public func text(_ field: Int) -> String? {
        let (offset, length) = fields[field]
        guard length >= 0 else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: base + offset, count: Int(length)), as: UTF8.self)
    }
}

/// Splits the COPY's messages into rows: the first starts with the signature and header, the
/// last is the trailer (a field count of -1).
private struct BinaryCopyParser {
    private var headerRead = false
    private var fields: [(offset: Int, length: Int32)] = []

    static let signature: [UInt8] = [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00]

    /// The row in `message`; nil for the trailer (or a header alone).
    mutating func row(_ message: UnsafeRawBufferPointer, endpoint: String) throws(PostgresError) -> BinaryCopyRow? {
        guard let base = message.baseAddress else { throw Self.malformed(endpoint) }
        var at = 0
        func int32() throws(PostgresError) -> Int32 {
            guard at + 4 <= message.count else { throw Self.malformed(endpoint) }
            defer { at += 4 }
            return Int32(bigEndian: (base + at).loadUnaligned(as: Int32.self))
        }
        if !headerRead {
            guard message.count >= 19, Array(message.prefix(11)) == Self.signature else {
                throw Self.malformed(endpoint)
            }
            at = 15
            at += Int(try int32())  // the header extension, skipped
            headerRead = true
            if at == message.count { return nil }  // a header sent on its own
        }
        guard at + 2 <= message.count else { throw Self.malformed(endpoint) }
        let count = Int16(bigEndian: (base + at).loadUnaligned(as: Int16.self))
        at += 2
        if count == -1 { return nil }
        fields.removeAll(keepingCapacity: true)
        for _ in 0..<max(0, Int(count)) {
            let length = try int32()
            fields.append((at, length))
            if length > 0 { at += Int(length) }
        }
        guard at == message.count else { throw Self.malformed(endpoint) }
        return BinaryCopyRow(base: base, fields: fields)
    }

    private static func malformed(_ endpoint: String) -> PostgresError {
        .server(endpoint: endpoint, sqlState: "XX000", message: "the server's COPY data is not in the binary format")
    }
}
