import AQI
import Disclosure
import GRDB
import Identity

/// Why the store refused or failed, in words that tell the user what to do.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    case cannotCreateDirectory(path: String, reason: String)
    case cannotOpen(path: String, reason: String)
    case notADatabase(path: String)
    case newerSchema(path: String, unknownMigrations: [String])
    /// A bulletin revision after the first must say why it replaces the earlier one.
    case revisionNeedsReason(area: AreaCode, date: LocalDate, revision: Int)
    case emptyField(String)
    /// A reading's hour is outside the years 1–9999 (a corrupt or hostile input).
    case hourOutOfRange(station: StationCode, pollutant: Pollutant, hour: Int)
    case noSuchBulletinRevision(area: AreaCode, date: LocalDate, revision: Int)
    case noSuchRun(id: Int64)
    /// A stored value this program cannot read back (a code from a newer version, or a
    /// hand-edited row).
    case unreadableValue(table: String, column: String, value: String)
    /// The import's checkpoint threw after `rows` rows were written; nothing was kept.
    case importInterrupted(rows: Int, reason: String)
    /// `addNotices`' checkpoint threw after `written` of `total` notices; nothing was kept and
    /// no 索引号 was used.
    case noticesInterrupted(written: Int, total: Int, reason: String)
    /// A stored notice this program cannot read back (fields from a newer version, or a
    /// hand-edited row).
    case unreadableNotice(IndexNumber, problems: String)
    /// A notice is withdrawn once (a second process got there first).
    case noticeAlreadyWithdrawn(IndexNumber, on: LocalDate)
    /// 索引号 and annual counts have four-digit years.
    case yearOutOfRange(Int)
    /// A site document's path that could name a file outside the site, or something else on
    /// another system; `problem` says which rule it breaks.
    case refusedSiteDocumentPath(String, problem: String)
    /// One call to `storeSiteDocuments` gave the same path twice.
    case duplicateSiteDocumentPath(String)
    /// The caller's `MigrationProgress` threw during a migration: rolled back, the file as it was.
    case migrationStopped(path: String, migration: String, reason: String)
    /// Another process held the write lock longer than the store waits.
    case busy
    /// Any other SQLite failure, with SQLite's own message.
    case database(String)

    public var description: String {
        switch self {
        case .cannotCreateDirectory(let path, let reason):
            "cannot create the database directory \(path): \(reason) (check the path given with --db and its permissions)"
        case .cannotOpen(let path, let reason):
            "cannot open the database \(path): \(reason) (check the path given with --db and its permissions)"
        case .notADatabase(let path):
            "\(path) is not an SQLite database (was --db pointed at another file?)"
        case .newerSchema(let path, let unknown):
            "the database \(path) was written by a newer airbulletin (unknown migrations: "
                + "\(unknown.joined(separator: ", "))); upgrade airbulletin before using it"
        case .revisionNeedsReason(let area, let date, let revision):
            "bulletin \(area) \(date) already has a revision; revision \(revision) needs a reason (--reason)"
        case .emptyField(let name):
            "\(name) must not be empty"
        case .hourOutOfRange(let station, let pollutant, let hour):
            "the \(pollutant.label) reading of \(station) at hour \(hour) (hours since 1970-01-01 00:00 +08:00) lies "
                + "outside the years 1–9999; nothing was imported (check the source data)"
        case .noSuchBulletinRevision(let area, let date, let revision):
            "there is no bulletin \(area) \(date) revision \(revision)"
        case .noSuchRun(let id):
            "there is no run \(id) in the run log"
        case .unreadableValue(let table, let column, let value):
            "the database holds \(table).\(column) = \(value), which this airbulletin cannot read (written by a newer version?)"
        case .importInterrupted(let rows, let reason):
            "the import stopped after \(rows) rows and was rolled back, nothing was stored: \(reason)"
        case .noticesInterrupted(let written, let total, let reason):
            "publishing stopped after \(written) of \(total) notices and was rolled back: nothing was stored and no "
                + "索引号 was used (\(reason))"
        case .unreadableNotice(let id, let problems):
            "the database holds notice \(id), which this airbulletin cannot read back (written by a newer version, or "
                + "edited by hand?): \(problems)"
        case .noticeAlreadyWithdrawn(let id, let on):
            "notice \(id) was already withdrawn on \(on)"
        case .yearOutOfRange(let year):
            "the year \(year) is outside 1000–9999 (an 索引号 and the annual counts have four-digit years)"
        case .refusedSiteDocumentPath(let path, let problem):
            "the site document path \(StoreError.quoted(path)) is refused: \(problem); nothing was stored"
        case .duplicateSiteDocumentPath(let path):
            "the site document path \(StoreError.quoted(path)) is given twice; nothing was stored"
        case .migrationStopped(let path, let migration, let reason):
            "the upgrade of the database \(path) (migration \(migration)) stopped and was rolled back, the database "
                + "is as it was: \(reason)"
        case .busy:
            "the database is locked by another airbulletin process (waited \(Store.busyTimeoutSeconds) s); nothing was "
                + "changed, run again when it has finished"
        case .database(let message):
            "database error: \(message); nothing was changed"
        }
    }

    /// `text` in double quotes on one line: quotes, backslashes and `isControl` characters escaped
    /// as in Swift (`"a\\b\u{1B}"`), so a hostile value cannot forge or break the message.
    static func quoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case _ where isControl(scalar):
                quoted += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    /// C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional
    /// embedding, override and isolate controls, which can make a name read as another.
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Wraps what opening or migrating the database at `path` threw.
    init(opening path: String, _ error: any Error) {
        if let stopped = error as? MigrationStopped {
            self = .migrationStopped(path: path, migration: stopped.migration, reason: "\(stopped.reason)")
            return
        }
        switch (error as? DatabaseError)?.resultCode {
        case .SQLITE_NOTADB: self = .notADatabase(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            self = .cannotOpen(path: path, reason: (error as! DatabaseError).message ?? "\(error)")
        default: self = StoreError(error)
        }
    }

    /// Reads a stored value back with `parse`, or names the table and column that hold what
    /// this program cannot read.
    static func readBack<Stored, Value>(
        _ stored: Stored, table: String, column: String, _ parse: (Stored) -> Value?
    ) throws(StoreError) -> Value {
        guard let value = parse(stored) else {
            throw .unreadableValue(table: table, column: column, value: "\(stored)")
        }
        return value
    }

    /// Runs a database operation, turning whatever it throws into a `StoreError`.
    static func wrapping<T>(_ operation: () throws -> T) throws(StoreError) -> T {
        do {
            return try operation()
        } catch {
            throw StoreError(error)
        }
    }

    /// Wraps whatever a database operation threw.
    init(_ error: any Error) {
        if let error = error as? StoreError {
            self = error
        } else if let error = error as? DatabaseError {
            self = error.resultCode == .SQLITE_BUSY ? .busy : .database(error.message ?? "\(error.resultCode)")
        } else {
            self = .database("\(error)")
        }
    }
}
