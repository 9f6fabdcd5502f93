import AQI
import App
import ArgumentParser
import Fetch
import Foundation
import Identity
import Postgres

struct RepublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "republish",
        abstract: "Publishes a corrected revision of a past day, with its reason; the earlier revision stays readable.",
        discussion: """
            Re-fetches D's files (or, with --from-store, takes the readings already stored: a wording or issuer fix, \
            or values corrected by `import`), recomputes, and publishes revision n+1 with the reason, the operator and \
            the time. The previous revision stays at its own URL; the day page, month page, index and feed entry (the \
            same entry, updated) change; every other area's pages stay as they are. --dry-run prints which hourly \
            inputs changed and how the AQI, level and primary pollutants move, and changes nothing. With several \
            areas configured, name the one to correct with --area.

            Example:
              airbulletin republish --area 532601 --date 2025-01-14 --reason "上游数据复核更正 PM2.5 08时" --dry-run
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The day to republish (YYYY-MM-DD).")
    var date: Parsed<LocalDate>

    @Option(help: "Why (published with the revision).")
    var reason: String

    @Flag(help: "Print what would change; change nothing.")
    var dryRun = false

    @Flag(help: "Publish from the stored readings; fetch nothing (the revision note says so).")
    var fromStore = false

    @Option(help: "Who publishes (default: the login name).")
    var `operator`: String?

    @Option(help: "The area to correct (its code); required when several areas are configured.")
    var area: Parsed<AreaCode>?

    func validate() throws {
        try area?.check("--area")
        try date.check("--date")
        _ = try Republish.checkedReason(reason)
    }

    func run() throws {
        let day = date.value
        let setup = try PublishingSetup(global: global, area: area?.value)
        if area == nil, setup.areas.count > 1 {
            let listed = setup.areas.map { "  \($0.code) \($0.name)" }.joined(separator: "\n")
            throw UsageError(
                "republish corrects one area and \(setup.areas.count) are configured; name it with --area CODE "
                    + "(its reason is published with it):\n\(listed)")
        }
        let lock = try setup.lock(note: "republish --date \(day)")
        defer { withExtendedLifetime(lock) {} }
        for note in setup.rehearsalNotes { printError(note) }
        let job = Republish(
            configuration: setup.configuration, areas: setup.areas, siteAreas: setup.siteAreas, store: setup.store,
            site: setup.site, http: CurlHTTPClient(), clock: setup.clock,
            environment: ProcessInfo.processInfo.environment, operatorName: `operator` ?? PublishingSetup.loginName())
        let report: RepublishReport
        do {
            report = try job.run(
                date: day, reason: reason, dryRun: dryRun, fromStore: fromStore, progress: PublishingSetup.progress)
        } catch let error as PostgresError where error.sqlState == "42501" {
            // A write outside the role's areas, refused by the server: the grant to ask for.
            throw JobFailure(setup.failureMessage(error))
        }
        StandardStreams.writeOut(report.lines.map { $0 + "\n" }.joined() + report.summary + "\n")
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
