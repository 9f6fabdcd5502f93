import Formats
import Foundation
import Postgres
import Store

/// `airbulletin db copy --to postgresql://…` (issue 14: moving a city's history in): the SQLite
/// database into an empty PostgreSQL database, every revision of every table, then the counts of
/// both side by side (`SQLiteCopy`).
public enum DatabaseCopy {
    /// What the command asked for, checked.
    public struct Request: Sendable {
        /// The SQLite file (`--db FILE`, else `[paths] database`).
        public let sqlite: String
        let target: DatabaseURL

        /// - Throws: `UsageError` for a URL that is not one or holds a password (the
        ///   configuration's words for `[database] url`), never repeating the URL.
        public init(sqlite: String, to url: String) throws(UsageError) {
            do throws(PostgresError) {
                target = try DatabaseURL(url)
            } catch {
                throw UsageError("--to: \(error)")
            }
            self.sqlite = sqlite
        }
    }

    /// Copies, showing a long table's progress on a terminal.
    ///
    /// - Throws: `UsageError` when the SQLite file does not exist; `DatabaseCopyError` (a target
    ///   that holds rows, …), `PostgresError`, `StoreError`.
    public static func run(
        _ request: Request, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> DatabaseCopyReport {
        guard FileManager.default.fileExists(atPath: request.sqlite) else {
            throw UsageError(
                "there is no SQLite database at \(request.sqlite) to copy: give --db FILE (or [paths] database) "
                    + "naming the city's database")
        }
        let store = try StoreOpening.open(request.sqlite)
        let connection = try PostgresConnection(url: request.target, environment: environment)
        let progress: SQLiteCopy.Progress? =
            StandardStreams.isTerminal(2) ? { showProgress(table: $0, done: $1, total: $2) } : nil
        return try SQLiteCopy(source: store, connection: connection, progress: progress).run()
    }

    /// Tables of at least this many rows show their progress.
    static let longTable = 100_000

    private static func showProgress(table: String, done: Int, total: Int) {
        guard total >= longTable else { return }
        let percent = total == 0 ? 100 : done * 100 / total
        StandardStreams.writeError(
            "\rcopying \(table): \(done.groupedThousands) of \(total.groupedThousands) rows (\(percent)%)"
                + (done == total ? "\n" : ""))
    }

    // MARK: - The report

    /// The table of counts and the line after it: `db copy`'s standard output.
    public static func text(_ report: DatabaseCopyReport, _ request: Request) -> String {
        let rows = report.counts.map { count in
            [count.table, count.source.groupedThousands, count.copied.groupedThousands, count.matches ? "yes" : "NO"]
        }
        var lines = TextTable.render(header: ["table", "SQLite rows", "copied rows", "matching"], rows: rows)
        let total = report.counts.reduce(0) { $0 + $1.copied }
        let target = "\(request.target.database) at \(request.target.endpoint)"
        if report.committed {
            lines.append(
                "copied \(request.sqlite) into \(target): \(report.counts.count) tables, "
                    + "\(total.groupedThousands) rows, every count matching")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The failure of a copy whose counts differ (it was rolled back).
    public static func mismatch(_ report: DatabaseCopyReport) -> String {
        let tables = report.counts.filter { !$0.matches }.map(\.table).joined(separator: ", ")
        return "the copied rows of \(tables) do not match the SQLite database's: the copy was rolled back and "
            + "nothing was stored; run it again into a new, empty database"
    }
}
