import CLibPQ

extension PostgresConnection {
    /// Runs `COPY … FROM STDIN (FORMAT binary)`: `body` writes the rows into a `BinaryCopyWriter`,
    /// which sends them in chunks of about a mebibyte. If `body` throws, the COPY is aborted (the
    /// server stores none of its rows) and the error comes out as thrown.
    ///
    /// - Parameter sql: the COPY statement, e.g. `COPY t (a, b) FROM STDIN (FORMAT binary)`.
    public func copyIn(_ sql: String, _ body: (inout BinaryCopyWriter) throws -> Void) throws {
        _ = try check(PQexec(handle, sql), expecting: [PGRES_COPY_IN])
        var writer = BinaryCopyWriter(connection: self)
        do {
            try body(&writer)
            try writer.finish()
        } catch {
            // Ends the COPY with an error, so that the server discards the rows; then drains the
            // results, as libpq requires before the next command.
            _ = PQputCopyEnd(handle, "airbulletin stopped the COPY")
            _ = drainResults()
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else {
            let lost = failure(nil)
            _ = drainResults()
            throw lost
        }
        if let failed = drainResults() { throw failed }
        if PQstatus(handle) != CONNECTION_OK { throw failure(nil) }
    }

    /// Sends one chunk of COPY data.
    func sendCopyData(_ bytes: [UInt8]) throws(PostgresError) {
        let sent = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { PQputCopyData(handle, $0.baseAddress, Int32($0.count)) }
        }
        guard sent == 1, PQstatus(handle) == CONNECTION_OK else { throw failure(nil) }
    }
}
