import App
import ArgumentParser
import Disclosure
import Formats
import Foundation

/// Supplies the disclosure commands (`notice`, `register`, `report annual`) with their
/// repository, issuer, calendar and clock. The commands are generic over it; the root command
/// registers them with the live store, `NoticeCommand<StoreDisclosure>.self`.
protocol DisclosureEnvironmentProvider {
    static func environment(configuration: Configuration, area: String?) throws -> DisclosureEnvironment
}

extension DisclosureEnvironmentProvider {
    /// The environment for a command's global options and `--area`.
    static func environment(_ global: GlobalOptions, _ area: AreaOption) throws -> DisclosureEnvironment {
        try environment(configuration: global.configuration(), area: area.code)
    }
}

/// The live provider: the SQLite store at the configured database, the issuer from the stations
/// configuration, the calendar directory from the configuration, the system clock (or
/// `AIRBULLETIN_NOW`, said on stderr).
enum StoreDisclosure: DisclosureEnvironmentProvider {
    static func environment(configuration: Configuration, area: String?) throws -> DisclosureEnvironment {
        let process = ProcessInfo.processInfo.environment
        let (clock, warning) = try CommandClock.resolve(environment: process)
        if let warning { printError("warning: \(warning)") }
        return try DisclosureEnvironment.live(
            configuration: configuration, area: area, processEnvironment: process, clock: clock)
    }
}

/// `--area CODE`: whose issuer (发布机构) publishes, when the areas have different ones.
struct AreaOption: ParsableArguments {
    @Option(
        name: .customLong("area"),
        help: ArgumentHelp(
            "The area whose issuer (发布机构) publishes; needed when the areas have different issuers.",
            valueName: "CODE"))
    var code: String?
}

/// Runs a disclosure command's library call and turns its errors into the CLI contract: bad
/// input or configuration → the messages on stderr and exit 2; a report that cannot be built
/// (table 三 does not balance) or a store failure → exit 1.
func runDisclosureCommand(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as UsageError {
        throw failUsage(error)
    } catch let diagnostics as Diagnostics {
        for item in diagnostics.items { printError(item.description) }
        throw ExitCode(2)
    } catch let diagnostic as Diagnostic {
        printError(diagnostic.description)
        throw ExitCode(2)
    } catch let error as DeadlineCalendarGap {
        throw failUsage(UsageError(error.description))
    } catch let error as AnnualReportError {
        printError("error: \(error)")
        throw ExitCode(1)
    } catch let error as ExitCode {
        throw error
    } catch {
        printError("error: \(error)")
        throw ExitCode(1)
    }
}

/// `--year 2025`, checked.
func parseYear(_ text: String?, option: String) throws(UsageError) -> Int? {
    guard let text else { return nil }
    guard text.count == 4, let year = Int(text), (2000...2100).contains(year) else {
        throw UsageError("\(option): \"\(text)\" is not a year (expected YYYY, e.g. 2025)")
    }
    return year
}
