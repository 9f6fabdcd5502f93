extension Migration {
    /// A run killed mid-way (SIGKILL, a crash, a power cut) never records its end; the next run
    /// closes such rows as 'interrupted'. SQLite cannot alter a CHECK constraint, so the table
    /// is rebuilt as https://sqlite.org/lang_altertable.html#otheralter describes: create the
    /// new one, copy every row, drop the old one, rename. Nothing else refers to run_log.
    static let runLogInterrupted = Migration(
        id: "2026-12-06-9-run-log-interrupted",
        sql: """
            CREATE TABLE run_log_new (
                id INTEGER PRIMARY KEY,
                started_at INTEGER NOT NULL,
                finished_at INTEGER,
                command TEXT NOT NULL,
                date TEXT,
                outcome TEXT CHECK (outcome IN ('succeeded', 'warnings', 'failed', 'interrupted')),
                summary TEXT NOT NULL DEFAULT ''
            );
            INSERT INTO run_log_new (id, started_at, finished_at, command, date, outcome, summary)
                SELECT id, started_at, finished_at, command, date, outcome, summary FROM run_log;
            DROP TABLE run_log;
            ALTER TABLE run_log_new RENAME TO run_log;
            """)
}
