import App
import ArgumentParser
import Disclosure

struct RegisterCommand<Provider: DisclosureEnvironmentProvider>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "register",
            abstract: "Keeps the register of disclosure requests (依申请公开) and review cases (复议 / 诉讼).",
            discussion: "Fields, applicant types and outcome codes: docs/register.md.",
            subcommands: [RegisterAddCommand<Provider>.self, RegisterListCommand<Provider>.self])
    }
}

struct RegisterAddCommand<Provider: DisclosureEnvironmentProvider>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: "Adds or updates requests and cases from a TOML or CSV file (all or none).",
            discussion: """
                An id already in the register gets a new revision: enter a \
                request again with its new dates (补正, 延期, 答复) to record its \
                progress. Example:
                  airbulletin register add register/2025-requests.csv
                """)
    }

    @Argument(help: "A .toml file ([[request]] and [[case]] tables) or a .csv file of requests or of cases.")
    var file: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var area: AreaOption

    func run() throws {
        try runDisclosureCommand {
            let result = try RegisterAdd.run(file: file, environment: try Provider.environment(global, area))
            for warning in result.warnings { printError(warning.description) }
            StandardStreams.writeOut(result.text)
        }
    }
}

struct RegisterListCommand<Provider: DisclosureEnvironmentProvider>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: "Lists the requests with their status and answer deadline (条例 Arts. 30–33), then the cases.")
    }

    @Flag(help: "Only the requests not yet answered and the cases not yet decided.")
    var open = false

    @OptionGroup var global: GlobalOptions
    @OptionGroup var area: AreaOption

    func run() throws {
        try runDisclosureCommand {
            StandardStreams.writeOut(
                try RegisterList.run(openOnly: open, environment: try Provider.environment(global, area)))
        }
    }
}
