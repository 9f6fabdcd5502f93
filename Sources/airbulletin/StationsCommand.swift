import App
import ArgumentParser
import Foundation

struct StationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stations",
        abstract: "Checks or lists the stations configuration (stations/*.toml).",
        discussion: """
            Every *.toml file in the stations directory is read in name order; the schema is in stations/README.md. \
            Problems are printed as FILE:LINE: error: … (or warning:); any error exits 2.
            """,
        subcommands: [StationsCheckCommand.self, StationsListCommand.self])
}

/// The option both subcommands share.
struct StationsDirectoryOption: ParsableArguments {
    @Option(name: .customLong("stations"), help: ArgumentHelp("The stations directory.", valueName: "DIR"))
    var directory = "stations"
}

struct StationsCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validates every stations file without touching the network.",
        discussion: """
            Reports unknown or missing keys, wrong types, duplicate area or station codes, a station defined \
            differently in two areas, bad coordinates, unknown pollutants or adapters, bad URL templates, secrets \
            written into a URL and credential environment variables that are not set. Exit 2 on any error.
            """)

    @OptionGroup var options: StationsDirectoryOption

    func run() throws {
        let report = StationsCheck.run(directory: options.directory, environment: ProcessInfo.processInfo.environment)
        StandardStreams.writeError(report.problems)
        StandardStreams.writeOut(report.summary)
        if report.exitCode != 0 { throw ExitCode(report.exitCode) }
    }
}

struct StationsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Prints every station of every area as an aligned table.")

    @OptionGroup var options: StationsDirectoryOption

    func run() throws {
        let list = StationsList.run(directory: options.directory, environment: ProcessInfo.processInfo.environment)
        StandardStreams.writeError(list.problems)
        StandardStreams.writeOut(list.table)
        if list.exitCode != 0 { throw ExitCode(list.exitCode) }
    }
}
