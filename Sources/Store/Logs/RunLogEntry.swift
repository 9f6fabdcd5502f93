import AQI
import GRDB

/// One run of a command that publishes (table `run_log`): `airbulletin run`, `republish`.
public struct RunLogEntry: Sendable, Hashable {
    public internal(set) var id: Int64
    /// Unix seconds.
    public var startedAt: Instant
    /// Nil while the run goes on, or when it died without finishing and no later run has
    /// closed it yet (`Store.closeInterruptedRuns(at:)`).
    public var finishedAt: Instant?
    /// The command, e.g. `run` or `republish`.
    public var command: String
    /// The bulletin date the run worked on, when it had one.
    public var date: LocalDate?
    public var outcome: RunOutcome?
    public var summary: String

    /// The table's columns, for GRDB requests.
    public enum Columns {
        public static let id = Column("id")
        public static let startedAt = Column("started_at")
        public static let finishedAt = Column("finished_at")
        public static let command = Column("command")
        public static let date = Column("date")
        public static let outcome = Column("outcome")
        public static let summary = Column("summary")
    }
}

/// How a run ended.
public enum RunOutcome: String, Sendable, Hashable, CaseIterable {
    case succeeded
    /// Finished and published, with warnings (a station failed to fetch, say).
    case warnings
    case failed
    /// Never recorded its end (killed or crashed); closed by a later run with
    /// `Store.closeInterruptedRuns(at:)`.
    case interrupted
}

extension RunLogEntry: FetchableRecord, TableRecord {
    public static let databaseTableName = "run_log"

    public init(row: Row) throws {
        id = row[Columns.id]
        startedAt = row[Columns.startedAt]
        finishedAt = row[Columns.finishedAt]
        command = row[Columns.command]
        summary = row[Columns.summary]
        date = try (row[Columns.date] as String?).map { text throws(StoreError) in
            try StoreError.readBack(text, table: "run_log", column: "date") { LocalDate(iso: $0) }
        }
        outcome = try (row[Columns.outcome] as String?).map { text throws(StoreError) in
            try StoreError.readBack(text, table: "run_log", column: "outcome", RunOutcome.init(rawValue:))
        }
    }
}
