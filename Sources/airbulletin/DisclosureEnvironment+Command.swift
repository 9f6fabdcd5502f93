import App
import Disclosure
import Foundation

extension DisclosureEnvironment {
    /// The environment of the disclosure commands (`notice`, `register`, `report annual`): the
    /// store at the configured database, the issuer from the stations configuration, the
    /// calendar directory of the configuration, and the system clock or `AIRBULLETIN_NOW`, which
    /// is said on stderr.
    static func forCommand(configuration: Configuration, area: AreaOption) throws -> DisclosureEnvironment {
        let process = ProcessInfo.processInfo.environment
        let (clock, warning) = try CommandClock.resolve(environment: process)
        if let warning { printError("warning: \(warning)") }
        return try live(configuration: configuration, area: area.value, processEnvironment: process, clock: clock)
    }
}
