import Formats
import Identity
import Stations

/// The areas a command works on: `--area` when given, else the configuration's `areas`, else
/// every area of the stations directory.
public enum AreaSelection {
    public static func select(_ configuration: Configuration, stations: StationsConfiguration, area: AreaCode?)
        throws(UsageError) -> [AreaContext]
    {
        let all = stations.areas
        let wanted = area.map { [$0] } ?? configuration.areas
        guard !wanted.isEmpty else {
            guard !all.isEmpty else {
                throw UsageError("no area is configured (add one to \(configuration.stationsDirectory)/)")
            }
            return all.map(AreaContext.init)
        }
        return try wanted.map { code throws(UsageError) in
            guard let match = all.first(where: { $0.code == code }) else {
                let known = all.map { "\($0.code.rawValue) \($0.name)" }.prefix(20).joined(separator: ", ")
                throw UsageError("no area \"\(code)\" in \(configuration.stationsDirectory)/ (areas: \(known))")
            }
            return AreaContext(match)
        }
    }

    /// Every code of `[site] areas` names an area of the stations directory: checked with the
    /// configuration, before any network call, as `FILE:LINE: error:`.
    public static func checkConfigured(_ configuration: Configuration, stations: StationsConfiguration)
        throws(Diagnostics)
    {
        let known = Set(stations.areas.map(\.code))
        let unknown = configuration.areas.filter { !known.contains($0) }
        guard !unknown.isEmpty else { return }
        let location = configuration.areasLocation ?? ConfigLocation(file: "configuration", line: nil)
        let listed = stations.areas.map { "\($0.code.rawValue) \($0.name)" }.prefix(20).joined(separator: ", ")
        throw Diagnostics(
            unknown.map { code in
                Diagnostic(
                    file: location.file, line: location.line,
                    "\"areas\" names \"\(code)\", which no file of \(configuration.stationsDirectory)/ has (areas: \(listed))")
            })
    }
}
