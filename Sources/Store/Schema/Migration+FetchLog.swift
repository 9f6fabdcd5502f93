extension Migration {
    /// One row per upstream request. The URL is stored as the caller gives it, already
    /// redacted: no credential ever reaches this table.
    static let fetchLog = Migration(
        id: "2026-11-28-3-fetch-log",
        sql: """
            CREATE TABLE fetch_log (
                id INTEGER PRIMARY KEY,
                fetched_at INTEGER NOT NULL,
                source TEXT NOT NULL,
                url TEXT NOT NULL,
                http_status INTEGER,
                error TEXT,
                bytes INTEGER NOT NULL,
                duration_ms INTEGER NOT NULL,
                readings_added INTEGER NOT NULL,
                readings_changed INTEGER NOT NULL,
                readings_unchanged INTEGER NOT NULL,
                readings_rejected INTEGER NOT NULL,
                CHECK (http_status IS NOT NULL OR error IS NOT NULL)
            );
            CREATE INDEX fetch_log_by_time ON fetch_log (fetched_at);
            """)
}
