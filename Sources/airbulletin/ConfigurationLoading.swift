import App
import ArgumentParser
import Foundation
import Stations
import Store

/// The configured stations, after checking every file (a broken configuration stops here: exit 2).
/// No stations directory means no configured stations (an import may bring its own list).
func loadStations(_ configuration: Configuration) throws -> [StationConfig] {
    guard FileManager.default.fileExists(atPath: configuration.stationsDirectory) else { return [] }
    return try loadStationsConfiguration(configuration).stations
}

/// The stations configuration, checked before anything touches the network or the store: any
/// error prints every diagnostic and exits 2.
func loadStationsConfiguration(_ configuration: Configuration) throws -> StationsConfiguration {
    guard FileManager.default.fileExists(atPath: configuration.stationsDirectory) else {
        printError(
            "error: no stations directory at \(configuration.stationsDirectory) (set [paths] stations in the configuration)"
        )
        throw ExitCode(2)
    }
    let load = StationsDirectory.load(
        path: configuration.stationsDirectory, environment: ProcessInfo.processInfo.environment)
    if load.hasErrors {
        for d in load.diagnostics { printError(d.description) }
        printError("error: fix the stations configuration first (airbulletin stations check)")
        throw ExitCode(2)
    }
    return load.configuration
}

/// Opens the database (exit 1 when it cannot be).
func openStore(_ configuration: Configuration) throws -> Store {
    do {
        return try Store(path: configuration.database)
    } catch {
        printError("error: \(error)")
        throw ExitCode(1)
    }
}
