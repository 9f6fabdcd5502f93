import App
import ArgumentParser
import Foundation
import Identity

struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract:
            "A province's PostgreSQL database: copy a city's SQLite database into it, grant publishers their areas.",
        subcommands: [DatabaseCopyCommand.self, DatabaseGrantCommand.self])
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

struct DatabaseGrantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grant",
        abstract: "Lets a publisher's PostgreSQL role publish only the areas named (row-level security).",
        discussion: """
            Run by the database's owner (the role of the configuration's [database] url, which the provincial \
            import uses): gives the role --role the right to publish the bulletins of the areas --area, to issue \
            the 索引号 and notices of their issuers' organisation codes, and to store the readings of their \
            stations (a run fetches them); it reads every row. The server refuses any other write of that role \
            (row-level security), and a run or republish of an area not granted stops before any fetch, saying \
            which grant to ask for. The areas, their organisation codes and stations are taken from the \
            configuration now: after an area's stations or issuer change, grant it again. --revoke takes the \
            areas back. The role must exist; db grant never creates one or sets a password.

            Example (as the owner, then the publisher's machine sets AIRBULLETIN_DATABASE_PASSWORD to its password):
              psql -c 'CREATE ROLE wenshan LOGIN' -c '\\password wenshan'
              airbulletin --config province.toml db grant --area 532600 --area 532601 --role wenshan
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .customLong("area"), help: ArgumentHelp("An area to grant (its code; repeat for more).", valueName: "CODE"))
    var areas: [Parsed<AreaCode>] = []

    @Option(help: ArgumentHelp("The publisher's PostgreSQL role (CREATE ROLE … LOGIN made it).", valueName: "NAME"))
    var role: String

    @Flag(help: "Take the areas back from the role instead.")
    var revoke = false

    func validate() throws {
        for area in areas { try area.check("--area") }
        _ = try request()
    }

    private func request() throws(UsageError) -> DatabaseGrant.Request {
        try DatabaseGrant.Request(areas: areas.map(\.value), role: role, revoke: revoke)
    }

    func run() throws {
        let configuration = try global.configuration()
        guard let url = configuration.databaseURL else {
            throw UsageError(
                "db grant gives roles of a PostgreSQL database, and the configuration has no [database] url (an "
                    + "SQLite database has no roles: whoever may write its file may publish every area); add "
                    + "[database] url = \"postgresql://OWNER@HOST:PORT/DBNAME\" naming the database's owner")
        }
        let stations = try loadStationsConfiguration(configuration)
        let (clock, _) = try CommandClock.resolve(environment: ProcessInfo.processInfo.environment)
        StandardStreams.writeOut(
            try DatabaseGrant.run(
                try request(), url: url, configuration: configuration, stations: stations, now: clock.now()))
    }
}
