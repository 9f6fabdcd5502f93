import Store

/// Rows of `fetch_log` (Store: Store+FetchLog.swift), in the caller's transaction or on their own.
enum PostgresFetchLog {
    static func append(_ entry: FetchLogEntry, _ connection: PostgresConnection) throws -> FetchLogEntry {
        try Store.validate(entry)
        let result = try connection.execute(
            """
            INSERT INTO fetch_log (fetched_at, source, url, http_status, error, bytes, duration_ms, readings_added,
                readings_changed, readings_unchanged, readings_rejected, attempt, waited_ms)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
            RETURNING id
            """,
            [
                String(entry.fetchedAt.unixSeconds), entry.source, entry.url, entry.httpStatus.map(String.init), entry.error,
                String(entry.bytes), String(entry.durationMilliseconds), String(entry.readingsAdded),
                String(entry.readingsChanged), String(entry.readingsUnchanged), String(entry.readingsRejected),
                String(entry.attempt), entry.waitedMilliseconds.map(String.init),
            ])
        var stored = entry
        stored.id = result.int64(0, 0)
        return stored
    }
}
