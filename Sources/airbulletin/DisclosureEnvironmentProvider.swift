import App
import ArgumentParser
import Disclosure
import Formats

/// Supplies the disclosure commands (`notice`, `register`, `report annual`) with their
/// repository, issuer, calendar and clock. The commands are generic over it so that the root
/// command registers them with the live store: `NoticeCommand<StoreDisclosure>.self`, where
/// `StoreDisclosure` opens the SQLite store and reads the issuer and the calendar directory
/// from the configuration.
protocol DisclosureEnvironmentProvider {
    static func environment() throws -> DisclosureEnvironment
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
