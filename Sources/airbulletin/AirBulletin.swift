import App
import ArgumentParser
import Disclosure
import Formats
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
            ReportCommand.self, StationsCommand.self, NoticeCommand.self, RegisterCommand.self, ReceiveCommand.self,
            DatabaseCommand.self,
        ])

    /// Declared here so that they may come before the command's name; the commands that use them
    /// declare the same group.
    @OptionGroup var global: GlobalOptions

    /// Parses the line and runs the command. The commands only throw: what they throw is said
    /// here, once, with the exit code of the CLI contract.
    static func main() {
        var command: any ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitRefusing(error)
        }
        do {
            try command.run()
        } catch {
            Foundation.exit(exitCode(saying: error))
        }
    }

    // MARK: - The one mapping from errors to exit codes (ARCHITECTURE.md, CLI contract)

    /// What a command throws: bad usage or configuration → its lines and exit 2; a job that
    /// failed → `error: …` and exit 1; an `ExitCode` → itself (the command has said why).
    static func exitCode(saying error: any Error) -> Int32 {
        switch error {
        case let code as ExitCode:
            return code.rawValue
        case let usage as UsageError:
            printError("error: \(usage.message)")
            return 2
        case let usage as ValidationError:
            printError("error: \(usage.message)")
            return 2
        case let diagnostic as Diagnostic:
            printError(diagnostic.description)
            return 2
        case let diagnostics as Diagnostics:
            for diagnostic in diagnostics.items { printError(diagnostic.description) }
            return 2
        case let refused as RefusedConfiguration:
            for diagnostic in refused.diagnostics { printError(diagnostic.description) }
            printError("error: \(refused.advice.message)")
            return 2
        // A deadline past the calendar's last year: the calendar directory needs that year (docs/calendar.md).
        case let gap as DeadlineCalendarGap:
            printError("error: \(gap)")
            return 2
        case let failure as JobFailure:
            printError("error: \(failure.message)")
            if let line = failure.logLine { StandardStreams.writeOut(line + "\n") }
            return 1
        default:
            // The library's own (the help command's request for help) has an exit code of its own.
            guard exitCode(for: error) == .failure else { exitAsTheLibrary(error) }
            printError("error: \(error)")
            return 1
        }
    }

    /// What parsing refused. A command's `validate()` throws `UsageError`, which the library
    /// hands back wrapped, as an error not of its own kind (exit code 1) described by the
    /// message: one line and exit 2, as from `run()`.
    static func exitRefusing(_ error: any Error) -> Never {
        let text = message(for: error)
        guard exitCode(for: error) == .failure, !text.isEmpty else { exitAsTheLibrary(error) }
        printError("error: \(text)")
        Foundation.exit(2)
    }

    /// The library's own refusals (an unknown command or option, a missing value) in its words,
    /// with its usage text and exit 2 rather than its 64; help and its exit 0.
    static func exitAsTheLibrary(_ error: any Error) -> Never {
        guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
        printError(fullMessage(for: error))
        Foundation.exit(2)
    }
}

func printError(_ text: String) {
    StandardStreams.writeError(text + "\n")
}
