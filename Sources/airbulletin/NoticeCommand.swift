import AQI
import App
import ArgumentParser
import Disclosure

struct NoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notice",
        abstract: "Publishes, withdraws and lists the bureau's disclosure notices.",
        discussion: """
            Kinds: eia-approval (环评审批: 受理 / 拟批准 / 批复), \
            completion-acceptance (竣工环保验收), key-enterprise (重点排污单位环境信息), \
            penalty (环境行政处罚), enforcement (查封扣押), news, other. \
            Fields and examples: docs/notices.md. \
            Deadlines count working days of the official holiday calendar \
            (docs/calendar.md).
            """,
        subcommands: [NoticeAddCommand.self, NoticeWithdrawCommand.self, NoticeListCommand.self])
}

struct NoticeAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract:
            "Publishes the notices of a TOML or CSV file, each with its 索引号 — all of them or, on any error, none.",
        discussion: """
            Examples:
              airbulletin notice add notices/2025-02-eia-proposed.toml
              airbulletin notice add notices/2025-batch.csv
            """)

    @Argument(help: "A .toml file (one notice, or [[notice]] tables) or a .csv batch with a kind column.")
    var file: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var area: AreaOption

    func run() throws {
        let environment = try DisclosureEnvironment.forCommand(configuration: global.configuration(), area: area)
        let result = try NoticeAdd.run(file: file, environment: environment)
        for warning in result.warnings { printError(warning.description) }
        StandardStreams.writeOut(result.text)
        try refreshSite(global, area: area.value, note: "notice add")
    }
}

struct NoticeWithdrawCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraws a notice: it stays readable, marked 已撤回 with the reason, and the feed says so.",
        discussion: """
            A penalty whose decision was changed or revoked is withdrawn \
            within 3 days, with the reason (行政处罚法 Art. 48): give the day \
            of the change with --changed-on; a late withdrawal is warned about.
            Example:
              airbulletin notice withdraw 11532601MB0123456B/2025-00012 \\
                --reason "复议决定撤销原处罚决定" --changed-on 2025-05-06
            """)

    @Argument(help: "The notice's 索引号, as `notice list` shows it.")
    var id: String

    @Option(help: "Why the notice is withdrawn (published with the withdrawal).")
    var reason: String

    @Option(help: "For a penalty: the day the decision was changed or revoked (YYYY-MM-DD).")
    var changedOn: Parsed<LocalDate>?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var area: AreaOption

    func validate() throws {
        try changedOn?.check("--changed-on")
    }

    func run() throws {
        let environment = try DisclosureEnvironment.forCommand(configuration: global.configuration(), area: area)
        let result = try NoticeWithdraw.run(
            id: id, reason: reason, decisionChangedOn: changedOn?.value, environment: environment)
        for warning in result.warnings { printError("warning: \(warning)") }
        StandardStreams.writeOut(result.text)
        try refreshSite(global, area: area.value, note: "notice withdraw \(id)")
    }
}

struct NoticeListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Lists the notices with their status (公示中 / 公示期满 / 已撤回 …) and deadlines.")

    @Option(help: "Only the notices published in this year (YYYY).")
    var year: Parsed<Year>?

    @Option(help: "Only the notices in this status (or its label, e.g. 已撤回).")
    var status: Parsed<NoticeStatus>?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var area: AreaOption

    func validate() throws {
        try year?.check("--year")
        try status?.check("--status")
    }

    func run() throws {
        let environment = try DisclosureEnvironment.forCommand(configuration: global.configuration(), area: area)
        let rows = try NoticeList.run(year: year?.value.number, status: status?.value, environment: environment)
        StandardStreams.writeOut(NoticeList.render(rows))
    }
}
