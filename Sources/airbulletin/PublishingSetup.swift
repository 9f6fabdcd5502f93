import App
import Disclosure
import Foundation
import Identity
import Stations
import Store

/// What the publishing commands share: the checked configuration, the selected areas and every
/// area of the site, the placeholder policy's verdict, the holiday calendar, the store, the lock,
/// the clock. Everything that can be wrong with the configuration is found here, before any
/// network call.
struct PublishingSetup {
    let configuration: Configuration
    let areas: [AreaContext]
    /// Every area the site shows: a publication of one area re-renders the others unchanged.
    let siteAreas: [AreaContext]
    let store: Store
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
        store = try StoreOpening.open(try configuration.sqliteDatabase())
        let (clock, warning) = try CommandClock.resolve(environment: ProcessInfo.processInfo.environment)
        if let warning, announceClock { printError("warning: \(warning)") }
        self.clock = clock
    }

    /// Waits (at most lock_timeout_seconds) for another run to finish; exit 1 when it does not.
    func lock(note: String) throws -> RunLock {
        do {
            return try RunLock(
                path: configuration.database + ".lock", timeoutSeconds: configuration.lockTimeoutSeconds,
                holderNote: note)
        } catch let busy as RunLock.Busy {
            // The job's log (stdout) says that it did not run, and why.
            throw JobFailure("\(busy)", log: "\(note.split(separator: " ").first ?? "run"): not run — \(busy)")
        }
    }

    /// The disclosure clocks that run out within two working days, for the morning run's report
    /// (a missing calendar is reported, not fatal: the bulletin still goes out).
    func alerts() -> [String] {
        do {
            return try DisclosureAlerts.lines(repository: store, calendar: calendar, today: clock.today())
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
func refreshSite(_ global: GlobalOptions, area: AreaCode?) throws {
    let setup = try PublishingSetup(global: global, area: area, announceClock: false)
    let summary: String
    do {
        summary = try SiteRefresh.run(
            configuration: setup.configuration, siteAreas: setup.siteAreas, store: setup.store,
            calendar: setup.calendar, clock: setup.clock)
    } catch {
        throw JobFailure(
            "the change is stored but the site was not updated (\(error)); the next `airbulletin run` publishes it")
    }
    StandardStreams.writeOut(summary + "\n")
}
