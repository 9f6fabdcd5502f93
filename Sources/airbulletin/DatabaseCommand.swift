import App
import ArgumentParser

struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Moves a database: copies a city's SQLite database into a province's PostgreSQL server.",
        subcommands: [DatabaseCopyCommand.self])
}

struct DatabaseCopyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "Copies the SQLite database, every revision of every table, into an empty PostgreSQL database.",
        discussion: """
            Reads the SQLite database (--db FILE, else the configuration's [paths] database) and writes every table \
            into the PostgreSQL database of --to in one transaction, through COPY: stations and areas, every revision \
            of every reading, import batches, bulletins, site documents, notices, index numbers, the register, the \
            run log and the fetch log. The password comes from AIRBULLETIN_DATABASE_PASSWORD, never from the URL. \
            A database that already holds rows is refused and nothing is written. At the end a table shows each \
            table's rows in SQLite and in PostgreSQL; if any count differs, the copy is rolled back and the command \
            exits 1.

            Example:
              airbulletin --db var/airbulletin.sqlite db copy --to postgresql://airbulletin@db.example.cn:5432/yunnan
            """)

    @OptionGroup var global: GlobalOptions

    @Option(
        name: .customLong("to"),
        help: ArgumentHelp(
            "The empty PostgreSQL database to copy into (postgresql://ROLE@HOST:PORT/DBNAME?sslmode=…).",
            valueName: "URL"))
    var to: String

    func validate() throws {
        _ = try DatabaseCopy.Request(sqlite: "", to: to)
    }

    func run() throws {
        let request = try DatabaseCopy.Request(sqlite: try global.configuration().database, to: to)
        let report = try DatabaseCopy.run(request)
        StandardStreams.writeOut(DatabaseCopy.text(report, request))
        guard report.committed else { throw JobFailure(DatabaseCopy.mismatch(report)) }
    }
}
