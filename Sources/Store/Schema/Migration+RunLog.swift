extension Migration {
    /// One row per `airbulletin run` (or republish): started, then finished with an outcome.
    static let runLog = Migration(
        id: "2026-11-28-5-run-log",
        sql: """
            CREATE TABLE run_log (
                id INTEGER PRIMARY KEY,
                started_at INTEGER NOT NULL,
                finished_at INTEGER,
                command TEXT NOT NULL,
                date TEXT,
                outcome TEXT CHECK (outcome IN ('succeeded', 'warnings', 'failed')),
                summary TEXT NOT NULL DEFAULT ''
            );
            """)
}
