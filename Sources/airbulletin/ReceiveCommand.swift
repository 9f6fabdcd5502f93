import App
import ArgumentParser
import Formats
import Foundation
import Receive

struct ReceiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "receive",
        abstract: "The HJ 212 server: the stations' data loggers push their values to it over TCP.",
        discussion: """
            Runs until SIGTERM or SIGINT, then stops cleanly: no new connection, every queued packet committed and \
            answered, exit 0. A station is known by its MN (hj212 = { mn = "…", password_env = "…", units = {…} } \
            in stations/*.toml); its password is read from the environment variable password_env names, never \
            from a file. A packet of an unknown MN or with a wrong password is refused and never stored.

            Hourly values (CN=2061) are stored like an import and answered (9014) once committed; real-time \
            (2011), minute (2051) and daily (2031) packets are answered and counted, never stored. DataTime names \
            the start of its hour: DataTime=20250115070000 is stored as 2025-01-15 08时 (the hour 07:00–08:00). \
            The morning run publishes the received hours through a source with adapter = "hj212".

            The address and the limits come from the [receive] table of the configuration (listen, \
            max_connections, idle_timeout_seconds, queue_size; README.md, Stations that push). The log goes to \
            stderr: one line per connection, a summary every minute (packets, stored, refused by reason). Exit \
            codes: 0 stopped by a signal; 1 the address could not be bound; 2 bad configuration.

            Example:
              PW_2610A=… PW_2611A=… airbulletin receive --listen 0.0.0.0:2120
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        help: ArgumentHelp(
            "The address to listen on (default: the configuration's [receive] listen, else 0.0.0.0:2120; port 0: any free port).",
            valueName: "HOST:PORT"))
    var listen: Parsed<ListenAddress>?

    func validate() throws {
        try listen?.check("--listen")
    }

    func run() throws {
        let configuration = try global.configuration()
        // Refused before anything else when the configuration names a server (exit 2).
        let database = try configuration.sqliteDatabase()
        let environment = ProcessInfo.processInfo.environment
        let stations: ReceiverStations
        do {
            stations = try ReceiverStations(try loadStationsConfiguration(configuration), environment: environment)
        } catch let error as ReceiverSetupError {
            switch error {
            case .configuration(let problems): throw Diagnostics(problems)
            case .noStations: throw UsageError(error.description)
            }
        }
        let (clock, warning) = try CommandClock.resolve(environment: environment)
        if let warning { printError("warning: \(warning)") }
        let store = try StoreOpening.open(database)
        do {
            _ = try ReceiverRun.run(
                settings: configuration.receive, listen: listen?.value, stations: stations, store: store, clock: clock,
                log: { printError($0) })
        } catch let error as ReceiverStartError {
            throw JobFailure(error.description)
        }
    }
}
