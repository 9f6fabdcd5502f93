import AQI
import App
import ArgumentParser
import Disclosure

struct NoticeCommand<Provider: DisclosureEnvironmentProvider>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
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
            subcommands: [
                NoticeAddCommand<Provider>.self, NoticeWithdrawCommand<Provider>.self, NoticeListCommand<Provider>.self,
            ])
    }
}

struct NoticeAddCommand<Provider: DisclosureEnvironmentProvider>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract:
                "Publishes the notices of a TOML or CSV file, each with its 索引号 — all of them or, on any error, none.",
            discussion: """
                Examples:
                  airbulletin notice add notices/2025-02-eia-proposed.toml
                  airbulletin notice add notices/2025-batch.csv
                """)
    }

    @Argument(help: "A .toml file (one notice, or [[notice]] tables) or a .csv batch with a kind column.")
    var file: String

    @OptionGroup var global: GlobalOptions
    @OptionGroup var area: AreaOption

    func run() throws {
        try runDisclosureCommand {
            let result = try NoticeAdd.run(file: file, environment: try Provider.environment(global, area))
            for warning in result.warnings { printError(warning.description) }
            StandardStreams.writeOut(result.text)
            try refreshSite(global, area: area.code)
        }
    }
}

struct NoticeWithdrawCommand<Provider: DisclosureEnvironmentProvider>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
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
    }

    @Argument(help: "The notice's 索引号, as `notice list` shows it.")
    var id: String

    @Option(help: "Why the notice is withdrawn (published with the withdrawal).")
    var reason: String

    @Option(help: "For a penalty: the day the decision was changed or revoked (YYYY-MM-DD).")
    var changedOn: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var area: AreaOption

    func run() throws {
        try runDisclosureCommand {
            let changed = try changedOn.map { t throws(UsageError) in try parseDate(t, option: "--changed-on") }
            let result = try NoticeWithdraw.run(
                id: id, reason: reason, decisionChangedOn: changed, environment: try Provider.environment(global, area))
            for warning in result.warnings { printError("warning: \(warning)") }
            StandardStreams.writeOut(result.text)
            try refreshSite(global, area: area.code)
        }
    }
}

struct NoticeListCommand<Provider: DisclosureEnvironmentProvider>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list", abstract: "Lists the notices with their status (公示中 / 公示期满 / 已撤回 …) and deadlines.")
    }

    @Option(help: "Only the notices published in this year (YYYY).")
    var year: String?

    @Option(help: "Only this status: \(NoticeStatus.allCases.map(\.name).joined(separator: ", ")).")
    var status: String?

    @OptionGroup var global: GlobalOptions
    @OptionGroup var area: AreaOption

    func run() throws {
        try runDisclosureCommand {
            let year = try parseYear(year, option: "--year")
            var wanted: NoticeStatus?
            if let status {
                guard let s = NoticeStatus.allCases.first(where: { $0.name == status || $0.label == status }) else {
                    throw UsageError(
                        "--status: unknown status \"\(status)\" (expected \(NoticeStatus.allCases.map(\.name).joined(separator: ", ")))"
                    )
                }
                wanted = s
            }
            let rows = try NoticeList.run(
                year: year, status: wanted, environment: try Provider.environment(global, area))
            StandardStreams.writeOut(NoticeList.render(rows))
        }
    }
}
