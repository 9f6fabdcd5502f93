import Identity
import Postgres

/// A publisher's role asked for areas it was not granted (issue 14: "a role for 文山州 cannot
/// publish or withdraw anything of 昆明: the database refuses, and the command says so"). Checked
/// before the command plans or fetches (`refusal(_:areas:)`); the server's own refusal, should a
/// write still meet it, says the same (`refusal(_:role:areas:)`).
public enum PublisherCheck {
    /// Why the role may not publish `areas` as configured, or nil when it may: an area not
    /// granted, or one granted before its configuration changed (another organisation, a new
    /// station).
    ///
    /// - Parameter siteAreas: the areas the command's site shows: it marks their revisions as shown.
    public static func refusal(
        _ rights: PublisherRights, areas: [AreaContext], siteAreas: [AreaContext] = [], endpoint: String
    ) -> String? {
        guard let granted = rights.areas else { return nil }
        let held = granted.keys.sorted().map(\.rawValue).joined(separator: ", ")
        let its = held.isEmpty ? "it has no area" : "its areas: \(held)"
        let missing = areas.filter { granted[$0.code] == nil }
        if !missing.isEmpty {
            return "the PostgreSQL role \(rights.role) may not publish \(names(missing)) on the server at \(endpoint) "
                + "(\(its)); " + advice(rights.role, missing)
        }
        let shown = siteAreas.filter { granted[$0.code] == nil }
        if !shown.isEmpty {
            return "the PostgreSQL role \(rights.role) may not publish \(names(shown)), which its site shows, on the "
                + "server at \(endpoint) (\(its)); set [site] areas to the role's areas, or "
                + advice(rights.role, shown)
        }
        var stale: [String] = []
        var staleAreas: [AreaContext] = []
        for area in areas {
            guard let grant = granted[area.code] else { continue }
            var changes: [String] = []
            if grant.organisation != area.issuer.organisation.text {
                changes.append("organisation \(area.issuer.organisation.text)")
            }
            let new = area.stationCodes.filter { !grant.stations.contains($0) }
            if !new.isEmpty { changes.append("station " + new.map(\.rawValue).joined(separator: ", ")) }
            guard !changes.isEmpty else { continue }
            stale.append("\(area.code) \(area.name): \(changes.joined(separator: ", "))")
            staleAreas.append(area)
        }
        guard !stale.isEmpty else { return nil }
        return "the PostgreSQL role \(rights.role) on the server at \(endpoint) was granted "
            + staleAreas.map(\.code.rawValue).joined(separator: ", ")
            + " before the configuration changed (not granted: \(stale.joined(separator: "; "))); "
            + advice(rights.role, staleAreas)
    }

    /// The server's refusal of a write (SQLSTATE 42501: a row outside the role's areas, or a table
    /// it was not granted), said as the check says it; nil for any other error.
    public static func refusal(_ error: any Error, role: String, areas: [AreaContext]) -> String? {
        guard let error = error as? PostgresError, case .server(let endpoint, "42501", let message) = error else {
            return nil
        }
        return "the PostgreSQL server at \(endpoint) refused the role \(role): \(message) (SQLSTATE 42501); "
            + "nothing of that write was stored; " + advice(role, areas)
    }

    private static func names(_ areas: [AreaContext]) -> String {
        areas.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
    }

    private static func advice(_ role: String, _ areas: [AreaContext]) -> String {
        "ask the database's owner to run airbulletin db grant "
            + areas.map { "--area \($0.code) " }.joined() + "--role \(role)"
    }
}
