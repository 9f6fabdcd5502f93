import AQI
import Identity

/// `airbulletin db grant` on the server (issue 14, "least privilege"): the table privileges of a
/// publisher's role and the rows of `publisher_area` and `publisher_station` that the row-level
/// policies of `2026-12-07-2-publisher-areas` read. Run by the tables' owner.
public enum PublisherGrant {
    /// One area as granted: its code, its issuer's organisation code and its stations, from the
    /// configuration.
    public struct Area: Sendable, Equatable {
        public let code: AreaCode
        public let organisation: String
        public let stations: [StationCode]

        public init(code: AreaCode, organisation: String, stations: [StationCode]) {
            self.code = code
            self.organisation = organisation
            self.stations = stations
        }
    }

    /// What a publisher's role may do with each table: read every one; write, under the row
    /// policies, what `run`, `republish` and the notices write. Nothing is ever deleted.
    /// `site_document` and the register (no area, no organisation: `report` and `register` do not
    /// run on PostgreSQL) are only read; `run_log`, `fetch_log` and `import_batch` have no area
    /// and are written by every publisher (the run log's end, and the close of a dead run).
    static let privileges: [(table: String, privileges: String)] = [
        ("schema_migration", "SELECT"), ("publisher_area", "SELECT"), ("publisher_station", "SELECT"),
        ("pollutant", "SELECT"), ("reading_flag", "SELECT"), ("station", "SELECT, INSERT"),
        ("station_area", "SELECT"), ("import_batch", "SELECT, INSERT"), ("station_hour", "SELECT, INSERT, UPDATE"),
        ("station_hour_revision", "SELECT, INSERT"), ("reading_now", "SELECT"), ("fetch_log", "SELECT, INSERT"),
        ("run_log", "SELECT, INSERT, UPDATE (finished_at, outcome, summary)"),
        ("bulletin", "SELECT, INSERT, UPDATE (site_published_at)"), ("site_document", "SELECT"),
        ("index_number", "SELECT, INSERT"), ("notice", "SELECT, INSERT"), ("notice_field", "SELECT, INSERT"),
        ("notice_event", "SELECT, INSERT"), ("disclosure_request", "SELECT"), ("review_case", "SELECT"),
    ]

    /// The tables and views `privileges` names, for the test that every one of the schema is there.
    public static var tables: [String] { privileges.map(\.table) }

    /// Grants `role` the privileges and records `areas` for it (an area granted before is
    /// recorded again: its organisation and stations as given now), in one transaction.
    /// Returns every area the role holds afterwards.
    ///
    /// - Throws: `PublisherGrantError` when the role does not exist or is not restricted by
    ///   row-level security; `PostgresError`.
    public static func grant(role: String, areas: [Area], at: Instant, on connection: PostgresConnection) throws
        -> [AreaCode]
    {
        try connection.transaction {
            try checkRestricted(role, connection)
            let quoted = try connection.quotedIdentifier(role)
            for (table, rights) in privileges {
                try connection.execute("GRANT \(rights) ON TABLE \(table) TO \(quoted)")
            }
            let schema = try connection.quotedIdentifier(
                try connection.execute("SELECT current_schema()").string(0, 0) ?? "public")
            try connection.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA \(schema) TO \(quoted)")
            try forget(role: role, areas: areas.map(\.code), connection)
            for area in areas {
                try connection.execute(
                    "INSERT INTO publisher_area (role_name, area_code, organisation, granted_at) VALUES ($1, $2, $3, $4)",
                    [role, area.code.rawValue, area.organisation, String(at.unixSeconds)])
                for station in Set(area.stations) {
                    try connection.execute(
                        "INSERT INTO publisher_station (role_name, area_code, station_code) VALUES ($1, $2, $3)",
                        [role, area.code.rawValue, station.rawValue])
                }
            }
            return try grantedAreas(role, connection)
        }
    }

    /// Takes `areas` from `role` (its table privileges stay: without an area, the row policies let
    /// it write nothing of any area). Returns the areas it still holds.
    public static func revoke(role: String, areas: [AreaCode], on connection: PostgresConnection) throws -> [AreaCode] {
        try connection.transaction {
            guard try roleExists(role, connection) else {
                throw PublisherGrantError.noSuchRole(role: role, endpoint: connection.url.endpoint)
            }
            try forget(role: role, areas: areas, connection)
            return try grantedAreas(role, connection)
        }
    }

    // MARK: - Steps

    private static func roleExists(_ role: String, _ connection: PostgresConnection) throws -> Bool {
        try connection.execute("SELECT 1 FROM pg_roles WHERE rolname = $1", [role]).count == 1
    }

    /// A role that owns the tables, is a superuser or has BYPASSRLS passes every row policy: a
    /// grant to it would promise a restriction the server does not make.
    private static func checkRestricted(_ role: String, _ connection: PostgresConnection) throws {
        let result = try connection.execute(
            """
            SELECT rolsuper, rolbypassrls, pg_has_role(oid, (SELECT relowner FROM pg_class WHERE oid = 'bulletin'::regclass), 'USAGE')
            FROM pg_roles WHERE rolname = $1
            """, [role])
        guard result.count == 1 else {
            throw PublisherGrantError.noSuchRole(role: role, endpoint: connection.url.endpoint)
        }
        let why: String? =
            result.string(0, 2) == "t"
            ? "it owns the tables"
            : result.string(0, 0) == "t"
                ? "it is a superuser" : result.string(0, 1) == "t" ? "it has BYPASSRLS" : nil
        if let why {
            throw PublisherGrantError.notRestricted(role: role, endpoint: connection.url.endpoint, why: why)
        }
    }

    private static func forget(role: String, areas: [AreaCode], _ connection: PostgresConnection) throws {
        try connection.execute(
            "DELETE FROM publisher_area WHERE role_name = $1 AND area_code = ANY ($2::text[])",
            [role, PostgresStore.array(areas.map(\.rawValue))])
    }

    private static func grantedAreas(_ role: String, _ connection: PostgresConnection) throws -> [AreaCode] {
        try connection.execute(
            "SELECT area_code FROM publisher_area WHERE role_name = $1 ORDER BY area_code", [role]
        ).rows.compactMap { $0[0].flatMap(AreaCode.init) }
    }
}

/// Why `db grant` did not grant.
public enum PublisherGrantError: Error, Sendable, Equatable, CustomStringConvertible {
    case noSuchRole(role: String, endpoint: String)
    case notRestricted(role: String, endpoint: String, why: String)

    public var description: String {
        switch self {
        case .noSuchRole(let role, let endpoint):
            let quoted = "\"" + role.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            return "there is no role \(quoted) on the PostgreSQL server at \(endpoint): create it first, as a user "
                + "who may create roles (psql: CREATE ROLE \(quoted) LOGIN; then \\password \(quoted)), give the "
                + "password to its publisher (\(DatabaseURL.passwordVariable) on that machine), and run this "
                + "command again"
        case .notRestricted(let role, let endpoint, let why):
            return "the role \"\(role)\" on the PostgreSQL server at \(endpoint) is not restricted by row-level "
                + "security (\(why)): it may write every area whatever db grant records; give each publisher a "
                + "role of its own (CREATE ROLE name LOGIN) and grant that"
        }
    }
}
