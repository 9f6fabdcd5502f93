import App
import ArgumentParser
import Formats

/// The root options of the CLI contract, `airbulletin [--config FILE] [--db FILE] [--site DIR] COMMAND`,
/// declared by every command that uses them.
struct GlobalOptions: ParsableArguments {
    @Option(help: "The configuration file (TOML; default: ./airbulletin.toml when it exists).")
    var config: String?

    @Option(help: "The database file (default: var/airbulletin.sqlite).")
    var db: String?

    @Option(help: "The site directory (default: public).")
    var site: String?

    /// The resolved configuration; a bad file is a usage error (exit 2).
    func configuration() throws -> Configuration {
        do {
            return try Configuration.resolve(configPath: config, database: db, site: site)
        } catch {
            for d in error.items { printError(d.description) }
            throw ExitCode(2)
        }
    }
}
