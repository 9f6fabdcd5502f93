import Foundation
import Identity

/// The publication locks of a command's areas (issue 14: "an area's publication is serialised by
/// a database lock on that area … different areas never wait for each other"): one transaction
/// on a connection of its own holds `pg_advisory_xact_lock` of each area (`AdvisoryLock`,
/// 1,000,000 + the area code) for the whole command, from before its plan to after its site is
/// written, as the lock file beside an SQLite database does for a run there. The server frees
/// them when the command ends the transaction, or when its connection goes (a killed process
/// leaves no stale lock).
public final class PostgresPublicationLock {
    let connection: PostgresConnection
    let areas: Set<AreaCode>
    /// Whether the transaction holding the locks is open (not when `init` gave up).
    private var holding = false

    /// Why the locks could not all be taken in time.
    public struct Busy: Error, CustomStringConvertible {
        public let area: AreaCode
        public let areaName: String
        public let endpoint: String
        /// The `application_name` of the session holding it, when the server shows it.
        public let holder: String
        public let waitedSeconds: Int

        public var description: String {
            "another airbulletin publisher holds the publication lock of \(area) \(areaName) on the PostgreSQL "
                + "server at \(endpoint) (\(holder)); waited \(waitedSeconds) s. Try again when it has finished."
        }
    }

    /// Takes the lock of every area, waiting at most `timeoutSeconds` (polling, all or none at
    /// each try, so that two commands of overlapping areas never deadlock).
    ///
    /// - Parameter note: what the holder is doing (`run --date 2025-01-13`), shown to a command
    ///   that waits for it.
    init(
        url: DatabaseURL, environment: [String: String], areas: [(code: AreaCode, name: String)],
        timeoutSeconds: Int, pollMilliseconds: Int = 200, note: String
    ) throws {
        connection = try PostgresConnection(url: url, environment: environment)
        self.areas = Set(areas.map(\.code))
        try connection.execute(
            "SELECT set_config('application_name', $1, false)",
            [String("airbulletin \(note) (pid \(getpid()))".prefix(63))])
        let ordered = areas.sorted { $0.code < $1.code }
        let deadline = Date().addingTimeInterval(TimeInterval(timeoutSeconds))
        while true {
            try connection.execute("BEGIN")
            var busy: (code: AreaCode, name: String)?
            for area in ordered where try !connection.tryLock(.publication(area.code)) {
                busy = area
                break
            }
            guard let busy else {
                holding = true
                return
            }
            try connection.execute("ROLLBACK")
            guard Date() < deadline else {
                throw Busy(
                    area: busy.code, areaName: busy.name, endpoint: url.endpoint, holder: try holder(of: busy.code),
                    waitedSeconds: timeoutSeconds)
            }
            usleep(useconds_t(pollMilliseconds * 1000))
        }
    }

    /// Whether this lock holds `area`'s publication.
    func holds(_ area: AreaCode) -> Bool { areas.contains(area) }

    /// Throws `connectionLost` when the lock's connection is gone (the server ended it): the
    /// areas are not locked any more.
    func confirm() throws {
        try connection.execute("SELECT 1")
    }

    /// Who holds `area`'s lock, as far as the server tells this role.
    private func holder(of area: AreaCode) throws -> String {
        let lock = AdvisoryLock.publication(area)
        let result = try connection.execute(
            """
            SELECT a.application_name FROM pg_locks AS l JOIN pg_stat_activity AS a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = $1::integer::oid
                AND l.objid = $2::integer::oid AND l.objsubid = 2
                -- Advisory locks belong to a database: not another database's on the same server.
                AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """, lock.parameters)
        guard result.count > 0, let name = result.string(0, 0), !name.isEmpty else { return "unknown" }
        return name
    }

    deinit {
        // Only an open transaction: a COMMIT without one makes the server warn on stderr.
        if holding { _ = try? connection.execute("COMMIT") }
    }
}

extension PostgresStore {
    /// Holds the publication locks of `areas` for as long as this store lives (or until
    /// `releasePublication`), on a connection of their own; the store's revisions of those areas
    /// are then appended under them (`appendBulletinRevisions`).
    ///
    /// - Throws: `PostgresPublicationLock.Busy` naming the first area still held after
    ///   `timeoutSeconds`.
    public func holdPublication(areas: [(code: AreaCode, name: String)], timeoutSeconds: Int, note: String) throws {
        publicationLock = try PostgresPublicationLock(
            url: connection.url, environment: environment, areas: areas, timeoutSeconds: timeoutSeconds, note: note)
    }

    /// Gives the publication locks back.
    public func releasePublication() { publicationLock = nil }
}
