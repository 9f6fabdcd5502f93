import AQI
import App
import ArgumentParser
import Fetch
import Foundation
import Identity
import Stations
import Store

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The morning job: fetch the trailing window, store it, publish the day's bulletin, catch up.",
        discussion: """
            Publishes D's bulletin if it is not out yet and the earlier unpublished days of the catch-up bound \
            (catch_up_days, oldest first), each from its own upstream file fetched by this run; finishes any \
            publication a crash interrupted. Only the files those days need are fetched, plus the window_hours \
            before the end of D (late and corrected values). A day is published once it is over: after its 24时 \
            (the next day's 00:00) and settle_minutes; before that the run says so and does nothing for it. A day \
            already published whose inputs changed is reported, never overwritten: republish it with \
            `airbulletin republish --date D --reason …`. D defaults to yesterday in China Standard Time. A second \
            run the same morning changes nothing. Exit codes: 0 D's bulletin is out (or D is not over yet); 1 it \
            could not be published (the site keeps its previous state); 2 bad configuration.

            With [database] url in the configuration, the run publishes from that PostgreSQL server (a province's \
            shared database), the password taken from AIRBULLETIN_DATABASE_PASSWORD: a run waits \
            (lock_timeout_seconds) only for another publisher of one of its areas, never for other areas; an \
            unreachable server stops it before any fetch, with exit 1.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: "The day to publish (YYYY-MM-DD); default: yesterday (Asia/Shanghai).")
    var date: Parsed<LocalDate>?

    @Option(help: "Only this area (its code); default: the configured areas.")
    var area: Parsed<AreaCode>?

    @Option(help: "How many earlier unpublished days to catch up on (default: the configuration's catch_up_days).")
    var catchUp: Int?

    @Option(help: "Who publishes (default: the login name).")
    var `operator`: String?

    func validate() throws {
        try area?.check("--area")
        try date?.check("--date")
        if let catchUp, !(0...366).contains(catchUp) {
            throw UsageError("--catch-up \(catchUp): give a number of days from 0 to 366")
        }
    }

    func run() throws {
        let setup = try PublishingSetup(global: global, area: area?.value)
        let day = date?.value
        let lock = try setup.lock(note: "run --date \(day?.description ?? "yesterday")")
        defer { withExtendedLifetime(lock) {} }
        let job = DailyRun(
            configuration: setup.configuration, areas: setup.areas, siteAreas: setup.siteAreas, store: setup.store,
            site: setup.site, http: CurlHTTPClient(), clock: setup.clock,
            environment: ProcessInfo.processInfo.environment, operatorName: `operator` ?? PublishingSetup.loginName(),
            notes: setup.rehearsalNotes, alerts: { setup.alerts() })
        let report: RunReport
        do {
            report = try job.run(
                date: day, catchUpDays: catchUp, progress: PublishingSetup.progress, summary: \.summary)
        } catch let error where !(error is UsageError) {
            // The run's log (stdout) ends with what stopped it.
            let message = setup.failureMessage(error)
            throw JobFailure(message, log: "run: failed — \(message)")
        }
        StandardStreams.writeOut(report.lines.map { $0 + "\n" }.joined() + report.summary + "\n")
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}
