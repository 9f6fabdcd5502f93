import Foundation
import Glibc
import Store

/// Fault injection for the end-to-end tests, driven by environment variables that no operator
/// sets: a real crash (abort) at a chosen point proves that nothing half-done is left.
public enum TestHooks {
    /// `AIRBULLETIN_TEST_CRASH_AFTER_ROWS=N`: abort the process after N reading rows of an import.
    public static func importCrashCheckpoint() -> ImportCheckpoint? {
        guard let text = ProcessInfo.processInfo.environment["AIRBULLETIN_TEST_CRASH_AFTER_ROWS"],
              let rows = Int(text), rows > 0
        else { return nil }
        return ImportCheckpoint(every: rows) { _ in abort() }
    }

    /// `AIRBULLETIN_TEST_CRASH_AT=<point>`: abort the process when the run reaches that point.
    public static func crashIfRequested(at point: String) {
        if ProcessInfo.processInfo.environment["AIRBULLETIN_TEST_CRASH_AT"] == point { abort() }
    }
}
