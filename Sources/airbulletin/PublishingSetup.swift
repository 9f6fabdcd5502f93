import App
import Disclosure
import Foundation
import Identity
import Postgres
import Stations
import Store

/// What the publishing commands share: the checked configuration, the selected areas and every
/// area of the site, the placeholder policy's verdict, the holiday calendar, the store (the
/// PostgreSQL server of `[database] url`, else the SQLite file), the lock, the clock. Everything
/// that can be wrong with the configuration is found here, before any network call.
struct PublishingSetup {
    let configuration: Configuration
    let areas: [AreaContext]
    /// Every area the site shows: a publication of one area re-renders the others unchanged.
    let siteAreas: [AreaContext]
    let store: any PublicationStore & SiteDocumentWriter
    let calendar: WorkingCalendar
    /// The system clock, or `AIRBULLETIN_NOW` for a rehearsal or a test (announced on stderr).
    let clock: any App.Clock
    /// The rehearsal warnings of the placeholder policy (empty outside a rehearsal).
    let rehearsalNotes: [String]

    /// - Parameter announceClock: false when the command already said that `AIRBULLETIN_NOW` is set.
    init(global: GlobalOptions, area: AreaCode?, announceClock: Bool = true) throws {
        configuration = try global.configuration()
        if let problem = SiteFolderCheck.problem(configuration.site) { throw UsageError(problem) }
        let stations = try loadStationsConfiguration(configuration)
        try AreaSelection.checkConfigured(configuration, stations: stations)
        areas = try AreaSelection.select(configuration, stations: stations, area: area)
        siteAreas = try AreaSelection.select(configuration, stations: stations, area: nil)
        rehearsalNotes = try PlaceholderPolicy.check(areas.map(\.config), configuration: configuration)
        calendar = try WorkingCalendar.load(directory: configuration.calendarsDirectory)
        // An unreachable server fails here, exit 1, naming HOST:PORT: before any fetch.
        do {
            store = try StoreOpening.openForPublication(configuration)
        } catch let error as PostgresError where error.sqlState == "42501" {
            // A role granted nothing may not even read the schema's migrations.
            guard let url = configuration.databaseURL,
                let refusal = PublisherCheck.refusal(
                    PublisherRights(role: url.user, areas: [:]), areas: areas, endpoint: url.endpoint)
            else { throw error }
            throw JobFailure(refusal)
        }
        let (clock, warning) = try CommandClock.resolve(environment: ProcessInfo.processInfo.environment)
        if let warning, announceClock { printError("warning: \(warning)") }
        self.clock = clock
    }

    /// Waits (at most lock_timeout_seconds) for another run of the same areas to finish; exit 1
    /// when it does not. SQLite: the lock file beside the database. PostgreSQL: the areas'
    /// advisory locks, held by the store until the command ends (different areas never wait).
    func lock(note: String) throws -> AnyObject? {
        let command = note.split(separator: " ").first ?? "run"
        do {
            if let postgres = store as? PostgresStore {
                // Least privilege (issue 14): an area the role was not granted stops here, before any fetch.
                let rights = try postgres.publisherRights()
                if let refusal = PublisherCheck.refusal(
                    rights, areas: areas, siteAreas: siteAreas, endpoint: postgres.connection.url.endpoint)
                {
                    throw JobFailure(refusal, log: "\(command): not run — \(refusal)")
                }
                try postgres.holdPublication(
                    areas: areas.map { ($0.code, $0.name) }, timeoutSeconds: configuration.lockTimeoutSeconds,
                    note: note)
                return nil
            }
            return try RunLock(
                path: configuration.database + ".lock", timeoutSeconds: configuration.lockTimeoutSeconds,
                holderNote: note)
        } catch let busy as RunLock.Busy {
            // The job's log (stdout) says that it did not run, and why.
            throw JobFailure("\(busy)", log: "\(command): not run — \(busy)")
        } catch let busy as PostgresPublicationLock.Busy {
            throw JobFailure("\(busy)", log: "\(command): not run — \(busy)")
        }
    }

    /// What a failed job says: the server's refusal of a write outside the role's areas (SQLSTATE
    /// 42501) as the grant to ask for, anything else as it is.
    func failureMessage(_ error: any Error) -> String {
        guard let postgres = store as? PostgresStore else { return "\(error)" }
        return PublisherCheck.refusal(error, role: postgres.connection.url.user, areas: areas) ?? "\(error)"
    }

    /// The disclosure clocks that run out within two working days, for the morning run's report
    /// (a missing calendar is reported, not fatal: the bulletin still goes out).
    func alerts() -> [String] {
        do {
            return try DisclosureAlerts.lines(
                notices: store.notices(publishedIn: nil), requests: store.requests(), calendar: calendar,
                today: clock.today())
        } catch {
            return ["warning: disclosure deadlines not checked: \(error)"]
        }
    }

    /// Progress goes to stderr, and only when stderr is a terminal.
    /// The site's single writer, over every area of the site.
    var site: SitePublication {
        SitePublication.standard(store: store, configuration: configuration, calendar: calendar, clock: clock)
    }

    static func progress(_ line: String) {
        if StandardStreams.isTerminal(2) { StandardStreams.writeError(line + "\n") }
    }

    /// The login name of whoever runs the command.
    static func loginName() -> String {
        let env = ProcessInfo.processInfo.environment
        return env["LOGNAME"] ?? env["USER"] ?? "unknown"
    }
}

/// After a notice is published or withdrawn, or an annual report stored: the site shows it (its
/// page, its feed entry or tombstone), and every other area's pages stay. The change is already
/// stored; a failure here leaves the previous site and says how to finish.
///
/// On PostgreSQL the site is written under the publication locks of every area it shows (issue
/// 14: an area's publication is serialised by a database lock on that area), so that a `run` of
/// one of them and this command never write the site at once: the later waits for the earlier
/// (at most `lock_timeout_seconds`). The lock file of an SQLite database is not taken.
///
/// - Parameter note: the command, shown to a publisher that waits for it.
func refreshSite(_ global: GlobalOptions, area: AreaCode?, note: String) throws {
    let setup = try PublishingSetup(global: global, area: area, announceClock: false)
    let summary: String
    do {
        if let postgres = setup.store as? PostgresStore {
            try postgres.holdPublication(
                areas: setup.siteAreas.map { ($0.code, $0.name) },
                timeoutSeconds: setup.configuration.lockTimeoutSeconds, note: note)
        }
        summary = try SiteRefresh.run(
            configuration: setup.configuration, siteAreas: setup.siteAreas, store: setup.store,
            calendar: setup.calendar, clock: setup.clock)
    } catch {
        throw JobFailure(
            "the change is stored but the site was not updated (\(error)); the next `airbulletin run` publishes it")
    }
    StandardStreams.writeOut(summary + "\n")
}
