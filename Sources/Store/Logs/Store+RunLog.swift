import AQI
import GRDB

extension Store {
    /// Records the start of a run; finish it with `finishRun`.
    public func startRun(command: String, date: LocalDate?, startedAt: Int) throws(StoreError) -> RunLogEntry {
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
    public func finishRun(id: Int64, finishedAt: Int, outcome: RunOutcome, summary: String) throws(StoreError) {
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
