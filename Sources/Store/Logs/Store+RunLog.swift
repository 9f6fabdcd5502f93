import AQI
import GRDB

extension Store {
    /// Records the start of a run; finish it with `finishRun`.
    public func startRun(command: String, date: LocalDate?, startedAt: Instant) throws(StoreError) -> RunLogEntry {
        guard !command.isEmpty else { throw .emptyField("a run's command") }
        return try StoreError.wrapping {
            try writer.write { db in
                try db.execute(
                    sql: "INSERT INTO run_log (started_at, command, date) VALUES (?, ?, ?)",
                    arguments: [startedAt, command, date?.description])
                return RunLogEntry(
                    id: db.lastInsertedRowID, startedAt: startedAt, finishedAt: nil, command: command, date: date,
                    outcome: nil, summary: "")
            }
        }
    }

    /// Records how a run ended.
    public func finishRun(id: Int64, finishedAt: Instant, outcome: RunOutcome, summary: String) throws(StoreError) {
        let updated = try StoreError.wrapping {
            try writer.write { db in
                try db.execute(
                    sql: "UPDATE run_log SET finished_at = ?, outcome = ?, summary = ? WHERE id = ?",
                    arguments: [finishedAt, outcome.rawValue, summary, id])
                return db.changesCount
            }
        }
        guard updated == 1 else { throw .noSuchRun(id: id) }
    }

    /// What `closeInterruptedRuns` records as the summary of a run it closes.
    public static let interruptedRunSummary =
        "interrupted: no end was recorded (the process was killed or crashed); closed by the next run"

    /// Closes every run that never recorded its end, as `interrupted` at `at` (Unix seconds),
    /// and returns them as closed, oldest first. Call it holding the run lock, before starting
    /// a run: a run still going on in another process would be closed too.
    public func closeInterruptedRuns(at: Instant) throws(StoreError) -> [RunLogEntry] {
        try StoreError.wrapping {
            try writer.write { db in
                let open = RunLogEntry.filter(RunLogEntry.Columns.finishedAt == nil)
                let ids = try Int64.fetchAll(db, open.select(RunLogEntry.Columns.id))
                try open.updateAll(
                    db, RunLogEntry.Columns.finishedAt.set(to: at),
                    RunLogEntry.Columns.outcome.set(to: RunOutcome.interrupted.rawValue),
                    RunLogEntry.Columns.summary.set(to: Store.interruptedRunSummary))
                return try RunLogEntry.filter(ids.contains(RunLogEntry.Columns.id))
                    .order(RunLogEntry.Columns.startedAt, RunLogEntry.Columns.id).fetchAll(db)
            }
        }
    }

    /// The run log, newest first; at most `limit` entries when given.
    public func runLog(limit: Int? = nil) throws(StoreError) -> [RunLogEntry] {
        try StoreError.wrapping {
            try writer.read { db in
                try RunLogEntry.order(RunLogEntry.Columns.startedAt.desc, RunLogEntry.Columns.id.desc)
                    .limit(limit ?? -1).fetchAll(db)
            }
        }
    }
}
