import AQI
import Foundation
import Identity
import Postgres
import Stations
import Store

/// `airbulletin db grant --area CODE --role NAME` (issue 14, "least privilege"): gives a
/// publisher's PostgreSQL role the right to publish only the areas named, through the row-level
/// policies of `2026-12-07-2-publisher-areas` (`PublisherGrant`). Run with the owner's
/// `[database] url`.
public enum DatabaseGrant {
    /// What the command asked for, checked.
    public struct Request: Sendable, Equatable {
        public let areas: [AreaCode]
        public let role: String
        public let revoke: Bool

        /// - Throws: `UsageError` for no area, or a role name PostgreSQL cannot have (empty, over
        ///   63 bytes, a NUL or another control character).
        public init(areas: [AreaCode], role: String, revoke: Bool) throws(UsageError) {
            guard !areas.isEmpty else { throw UsageError("give the areas to grant with --area CODE (one or more)") }
            guard !role.isEmpty, role.utf8.count <= 63, !role.unicodeScalars.contains(where: StoreError.isControl)
            else {
                throw UsageError(
                    "--role: give the name of a PostgreSQL role (1 to 63 bytes, no control character), as CREATE ROLE made it"
                )
            }
            var seen = Set<AreaCode>()
            self.areas = areas.filter { seen.insert($0).inserted }
            self.role = role
            self.revoke = revoke
        }
    }

    /// Grants (or revokes) on the server of `url` and returns the command's output.
    ///
    /// - Throws: `UsageError` for an area to grant that the configuration lacks (an area revoked
    ///   need not be configured any more); `PublisherGrantError` (no such role, a role not
    ///   restricted); `PostgresError`.
    public static func run(
        _ request: Request, url: DatabaseURL, configuration: Configuration, stations: StationsConfiguration,
        now: Instant, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String {
        let at = "on the PostgreSQL server at \(url.endpoint) (database \(url.database))"
        if request.revoke {
            let store = try PostgresStore(url: url, environment: environment)
            let names = Dictionary(stations.areas.map { ($0.code, $0.name) }) { first, _ in first }
            let named = request.areas.map { code in names[code].map { "\(code) \($0)" } ?? code.rawValue }
            let left = try PublisherGrant.revoke(role: request.role, areas: request.areas, on: store.connection)
            return "revoked \(named.joined(separator: ", ")) from the role \(request.role) \(at): it publishes "
                + "\(list(left))\n"
        }
        let areas = try request.areas.flatMap { code throws(UsageError) in
            try AreaSelection.select(configuration, stations: stations, area: code)
        }
        let store = try PostgresStore(url: url, environment: environment)
        let named = areas.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
        let granted = areas.map { area in
            PublisherGrant.Area(
                code: area.code, organisation: area.issuer.organisation.text, stations: area.stationCodes)
        }
        let held = try PublisherGrant.grant(role: request.role, areas: granted, at: now, on: store.connection)
        let organisations = Set(granted.map(\.organisation)).sorted().joined(separator: ", ")
        let stations = Set(granted.flatMap(\.stations)).sorted().map(\.rawValue).joined(separator: ", ")
        return "granted \(named) to the role \(request.role) \(at): it may publish their bulletins, issue the "
            + "索引号 and notices of \(organisations) and store the readings of \(stations.isEmpty ? "no station" : stations); "
            + "it reads every row\n"
            + "the role \(request.role) publishes \(list(held))\n"
    }

    private static func list(_ areas: [AreaCode]) -> String {
        areas.isEmpty ? "no area now" : areas.map(\.rawValue).joined(separator: ", ")
    }
}
