import AQI
import Identity

/// What the role a store connected as may write (issue 14, "least privilege"), read before a
/// command plans or fetches, so that a publisher asked for an area it was not granted stops with a
/// message instead of meeting the server's refusal half-way.
public struct PublisherRights: Sendable, Equatable {
    /// The role the connection acts as (`current_user`).
    public let role: String
    /// The areas granted to it (`publisher_area`, `publisher_station`); nil when row-level
    /// security does not restrict it (it owns the tables, is a superuser or has BYPASSRLS).
    public let areas: [AreaCode: PublisherGrant.Area]?

    public init(role: String, areas: [AreaCode: PublisherGrant.Area]?) {
        self.role = role
        self.areas = areas
    }
}

extension PostgresStore {
    /// The rights of the store's role.
    ///
    /// - Throws: `PostgresError` (SQLSTATE 42501 when the role was granted nothing, not even
    ///   the reading of `publisher_area`).
    public func publisherRights() throws -> PublisherRights {
        let who = try connection.execute("SELECT current_user, row_security_active('bulletin')")
        let role = who.string(0, 0) ?? connection.url.user
        guard who.string(0, 1) == "t" else { return PublisherRights(role: role, areas: nil) }
        let rows = try connection.execute(
            """
            SELECT a.area_code, a.organisation, s.station_code FROM publisher_area AS a
            LEFT JOIN publisher_station AS s ON s.role_name = a.role_name AND s.area_code = a.area_code
            WHERE a.role_name = current_user ORDER BY a.area_code, s.station_code COLLATE "C"
            """
        ).rows
        var areas: [AreaCode: PublisherGrant.Area] = [:]
        for row in rows {
            guard let code = row[0].flatMap(AreaCode.init), let organisation = row[1] else { continue }
            let stations = (areas[code]?.stations ?? []) + (row[2].flatMap(StationCode.init).map { [$0] } ?? [])
            areas[code] = PublisherGrant.Area(code: code, organisation: organisation, stations: stations)
        }
        return PublisherRights(role: role, areas: areas)
    }
}
