/// A table `airbulletin db copy` moves from SQLite into PostgreSQL, and the order its rows go in.
struct CopiedTable: Sendable {
    let name: String
    /// The rows' order: the key, so that the append-only rules that look at the rows before
    /// (the next 索引号 serial, a register entry's next revision) see them in the order issued.
    let order: [String]
    /// A code table the migrations fill in both databases (`pollutant`, `reading_flag`): its
    /// rows are compared, not copied.
    var isCodeTable = false

    /// Every table of the SQLite schema, parents before the tables that refer to them.
    /// `DatabaseCopyTests` fails when the schema gains a table this list lacks.
    static let all: [CopiedTable] = [
        CopiedTable(name: "pollutant", order: ["code"], isCodeTable: true),
        CopiedTable(name: "reading_flag", order: ["code"], isCodeTable: true),
        CopiedTable(name: "station", order: ["id"]),
        CopiedTable(name: "station_area", order: ["station_id", "area_code"]),
        CopiedTable(name: "import_batch", order: ["id"]),
        CopiedTable(name: "station_hour", order: ["station_id", "hour"]),
        CopiedTable(name: "station_hour_revision", order: ["station_id", "hour", "revision"]),
        CopiedTable(name: "fetch_log", order: ["id"]),
        CopiedTable(name: "run_log", order: ["id"]),
        CopiedTable(name: "bulletin", order: ["id"]),
        CopiedTable(name: "site_document", order: ["id"]),
        CopiedTable(name: "index_number", order: ["organisation", "year", "serial"]),
        CopiedTable(name: "notice", order: ["organisation", "year", "serial"]),
        CopiedTable(name: "notice_field", order: ["organisation", "year", "serial", "key"]),
        CopiedTable(name: "notice_event", order: ["organisation", "year", "serial", "sequence"]),
        CopiedTable(name: "disclosure_request", order: ["id", "revision"]),
        CopiedTable(name: "review_case", order: ["id", "revision"]),
    ]

    /// The tables whose `id` is an identity column: after the copy its sequence continues past
    /// the largest id copied, so that the next import or run gets a new one.
    static let identities = ["station", "import_batch", "fetch_log", "run_log", "bulletin", "site_document"]
}

/// One line of the table `db copy` ends with.
public struct CopiedTableCount: Sendable, Equatable {
    public let table: String
    /// Rows in the SQLite database.
    public let source: Int
    /// Rows in the PostgreSQL database after the copy (for a code table: the rows its
    /// migration wrote there, which the copy compared with SQLite's).
    public let copied: Int

    public var matches: Bool { source == copied }
}

/// What `db copy` did: the counts of every table, and whether they matched (and the copy was
/// committed) or not (and it was rolled back).
public struct DatabaseCopyReport: Sendable {
    public let counts: [CopiedTableCount]
    public var committed: Bool { counts.allSatisfy(\.matches) }
}
