import AQI
import Store

/// The run log of a PostgreSQL store (Store: Store+RunLog.swift). Many publishers share it, so a
/// run without an end is closed as interrupted only when its process is gone: each run holds its
/// own advisory lock (`AdvisoryLock.run`) on its connection from before its row is visible, and
/// the server frees it with the connection, whatever ended the process.
extension PostgresStore {
    public func startRun(command: String, date: LocalDate?, startedAt: Instant) throws -> RunLogEntry {
        guard !command.isEmpty else { throw StoreError.emptyField("a run's command") }
        return try connection.transaction {
            let id = try connection.execute(
                "INSERT INTO run_log (started_at, command, date) VALUES ($1, $2, $3) RETURNING id",
                [String(startedAt.unixSeconds), command, date?.description]
            ).int64(0, 0)!
            try connection.holdForSession(.run(id))
            return try connection.execute("SELECT * FROM run_log WHERE id = $1", [String(id)]).databaseRows
                .map(RunLogEntry.init(row:))[0]
        }
    }

    public func finishRun(id: Int64, finishedAt: Instant, outcome: RunOutcome, summary: String) throws {
        let updated = try connection.execute(
            "UPDATE run_log SET finished_at = $1, outcome = $2, summary = $3 WHERE id = $4",
            [String(finishedAt.unixSeconds), outcome.rawValue, summary, String(id)]
        ).affectedRows
        guard updated == 1 else { throw StoreError.noSuchRun(id: id) }
        try connection.releaseForSession(.run(id))
    }

    /// Closes the runs without an end whose lock is free (their process is gone), as
    /// `interrupted` at `at`, and returns them, oldest first. A run going on in another process,
    /// on this machine or another, keeps its lock and stays open.
    public func closeInterruptedRuns(at: Instant) throws -> [RunLogEntry] {
        try connection.transaction {
            let open = try connection.execute(
                "SELECT id FROM run_log WHERE finished_at IS NULL ORDER BY started_at, id FOR UPDATE")
            var closed: [String] = []
            for n in 0..<open.count {
                let id = open.int64(n, 0)!
                // Held by this transaction until it ends: the run cannot come back meanwhile.
                guard try connection.tryLock(.run(id)) else { continue }
                try connection.execute(
                    "UPDATE run_log SET finished_at = $1, outcome = $2, summary = $3 WHERE id = $4",
                    [String(at.unixSeconds), RunOutcome.interrupted.rawValue, Store.interruptedRunSummary, String(id)])
                closed.append(String(id))
            }
            guard !closed.isEmpty else { return [] }
            return try connection.execute(
                "SELECT * FROM run_log WHERE id = ANY ($1::bigint[]) ORDER BY started_at, id", [Self.array(closed)]
            ).databaseRows.map(RunLogEntry.init(row:))
        }
    }

    public func runLog(limit: Int?) throws -> [RunLogEntry] {
        try connection.execute(
            "SELECT * FROM run_log ORDER BY started_at DESC, id DESC LIMIT $1", [limit.map(String.init)]
        ).databaseRows.map(RunLogEntry.init(row:))
    }
}
