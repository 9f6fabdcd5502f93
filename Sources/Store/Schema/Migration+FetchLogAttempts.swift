extension Migration {
    /// One row per attempt, not per fetch: a request retried after a 500 or a 429 leaves a row
    /// for each try, numbered from 1, with the wait that followed it (NULL for the last try).
    /// Rows written before this migration were each the only attempt that was recorded.
    static let fetchLogAttempts = Migration(
        id: "2026-12-06-8-fetch-log-attempts",
        sql: """
            ALTER TABLE fetch_log ADD COLUMN attempt INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1);
            ALTER TABLE fetch_log ADD COLUMN waited_ms INTEGER CHECK (waited_ms >= 0);
            """)
}
