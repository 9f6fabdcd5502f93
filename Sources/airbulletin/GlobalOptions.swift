import App
import ArgumentParser
import Formats

/// `airbulletin [--config FILE] [--db FILE] [--site DIR] COMMAND` (ARCHITECTURE.md, CLI
/// contract). The root command declares these so that they may come before the command's name;
/// a command that uses them declares the same group and gets the values given anywhere on the
/// line.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp("The configuration file (default: ./airbulletin.toml when present).", valueName: "FILE"))
    var config: String?

    @Option(
        name: .customLong("db"),
        help: ArgumentHelp("The database (default: var/airbulletin.sqlite, or the configuration's).", valueName: "FILE")
    )
    var database: String?

    @Option(
        name: .customLong("site"),
        help: ArgumentHelp("The site directory (default: public, or the configuration's).", valueName: "DIR"))
    var site: String?

    /// The configuration file (or the defaults) with `--db` and `--site` applied.
    func configuration() throws(Diagnostics) -> Configuration {
        try Configuration.resolve(configPath: config, database: database, site: site)
    }
}
