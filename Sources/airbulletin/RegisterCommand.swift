import App
import ArgumentParser
import Disclosure

struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Keeps the register of disclosure requests (依申请公开) and review cases (复议 / 诉讼).",
        discussion: "Fields, applicant types and outcome codes: docs/register.md.",
        subcommands: [RegisterAddCommand.self, RegisterListCommand.self])
}

struct RegisterAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Adds or updates requests and cases from a TOML or CSV file (all or none).",
        discussion: """
            An id already in the register gets a new revision: enter a \
            request again with its new dates (补正, 延期, 答复) to record its \
            progress. Example:
              airbulletin register add register/2025-requests.csv
            """)

    @Argument(help: "A .toml file ([[request]] and [[case]] tables) or a .csv file of requests or of cases.")
    var file: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var area: AreaOption

    func run() throws {
        let environment = try DisclosureEnvironment.forCommand(configuration: global.configuration(), area: area)
        let result = try RegisterAdd.run(file: file, environment: environment)
        for warning in result.warnings { printError(warning.description) }
        StandardStreams.writeOut(result.text)
    }
}

struct RegisterListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Lists the requests with their status and answer deadline (条例 Arts. 30–33), then the cases.")

    @Flag(help: "Only the requests not yet answered and the cases not yet decided.")
    var open = false

    @OptionGroup var global: GlobalOptions
    @OptionGroup var area: AreaOption

    func run() throws {
        let environment = try DisclosureEnvironment.forCommand(configuration: global.configuration(), area: area)
        StandardStreams.writeOut(try RegisterList.run(openOnly: open, environment: environment))
    }
}
