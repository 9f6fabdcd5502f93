import App
import ArgumentParser
import Foundation

@main
struct AirBulletin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "airbulletin",
        abstract: "Publishes the daily air-quality bulletin (空气质量日报) and the bureau's environmental notices.",
        discussion: """
            The AQI follows HJ 633—2026 for periods from 2026-03-01 and HJ 633—2012 before; US EPA 2024 on request. \
            Exit codes: 0 success, 1 the job failed (nothing half-published), 2 bad usage or configuration.
            """,
        subcommands: [
            AQICommand.self, RunCommand.self, RepublishCommand.self, ImportCommand.self, ExportCommand.self,
            ReportCommand.self, StationsCommand.self, NoticeCommand<StoreDisclosure>.self,
            RegisterCommand<StoreDisclosure>.self,
        ])

    /// Declared here so that they may come before the command's name; the commands that use them
    /// declare the same group.
    @OptionGroup var global: GlobalOptions

    /// Runs the command; a usage error ArgumentParser detects (an unknown command or option, a
    /// missing argument) exits 2 as the CLI contract says, not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Prints a usage error on one line and exits 2 (ARCHITECTURE.md, CLI contract).
func failUsage(_ error: UsageError) -> ExitCode {
    printError("error: \(error.message)")
    return ExitCode(2)
}

func printError(_ text: String) {
    StandardStreams.writeError(text + "\n")
}
