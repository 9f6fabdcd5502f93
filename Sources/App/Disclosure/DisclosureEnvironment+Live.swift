import Disclosure
import Formats
import Identity
import Stations
import Store

extension DisclosureEnvironment {
    /// What the disclosure commands run with: the configured database (`StoreOpening.openForDisclosure`), the
    /// issuer from the stations configuration (`Issuer.fromStations`), the built-in holiday
    /// calendars plus the configured calendar directory, and `clock`. The configuration is
    /// checked before the database is opened, so a mistake there creates no file.
    ///
    /// - Parameter processEnvironment: the run's environment (the stations configuration checks
    ///   that each source's credential variable is set).
    public static func live(
        configuration: Configuration, area: AreaCode?, processEnvironment: [String: String], clock: any Clock
    ) throws -> DisclosureEnvironment {
        let load = StationsDirectory.load(path: configuration.stationsDirectory, environment: processEnvironment)
        let errors = load.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw Diagnostics(
                errors + [
                    Diagnostic(
                        file: configuration.stationsDirectory, line: nil,
                        "the stations configuration has errors; fix them (airbulletin stations check) before publishing"
                    )
                ])
        }
        let issuer = try Issuer.fromStations(
            load.configuration, directory: configuration.stationsDirectory, publishedAreas: configuration.areas,
            area: area, rehearsal: configuration.rehearsal)
        let calendar = try WorkingCalendar.load(directory: configuration.calendarsDirectory)
        let store: any DisclosureRepository
        do {
            // The configuration's PostgreSQL server, else its SQLite file. An unreachable server
            // fails here (exit 1, naming HOST:PORT).
            store = try StoreOpening.openForDisclosure(configuration)
        } catch let error as StoreError {
            switch error {
            // The path given is wrong, not the job: exit 2 like any bad configuration.
            case .cannotCreateDirectory, .cannotOpen, .notADatabase, .newerSchema: throw UsageError(error.description)
            default: throw error
            }
        }
        return DisclosureEnvironment(repository: store, issuer: issuer, calendar: calendar, clock: clock)
    }
}
