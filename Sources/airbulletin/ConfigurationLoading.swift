import App
import Foundation
import Stations

/// The configured stations, after checking every file (a broken configuration stops here: exit 2).
/// No stations directory means no configured stations (an import may bring its own list).
func loadStations(_ configuration: Configuration) throws -> [StationConfig] {
    guard FileManager.default.fileExists(atPath: configuration.stationsDirectory) else { return [] }
    return try loadStationsConfiguration(configuration).stations
}

/// The stations configuration, checked before anything touches the network or the store: any
/// error stops the command with every diagnostic (exit 2).
func loadStationsConfiguration(_ configuration: Configuration) throws -> StationsConfiguration {
    guard FileManager.default.fileExists(atPath: configuration.stationsDirectory) else {
        throw UsageError(
            "no stations directory at \(configuration.stationsDirectory) (set [paths] stations in the configuration)")
    }
    let load = StationsDirectory.load(
        path: configuration.stationsDirectory, environment: ProcessInfo.processInfo.environment)
    if load.hasErrors {
        throw RefusedConfiguration(
            diagnostics: load.diagnostics,
            advice: UsageError("fix the stations configuration first (airbulletin stations check)"))
    }
    return load.configuration
}
