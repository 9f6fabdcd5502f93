import AQI

/// The clock a command runs with: the system's, unless `AIRBULLETIN_NOW` sets the time for a
/// test or a rehearsal. The command then says so on stderr, so that nobody publishes on a
/// pretended day unawares.
public enum CommandClock {
    public static let variable = "AIRBULLETIN_NOW"

    /// The clock, and the warning to print when `AIRBULLETIN_NOW` set it.
    ///
    /// - Parameter environment: the process environment; `AIRBULLETIN_NOW` is
    ///   `YYYY-MM-DDTHH:MM` in China Standard Time.
    public static func resolve(environment: [String: String]) throws(UsageError) -> (clock: any Clock, warning: String?)
    {
        guard let text = environment[variable] else { return (SystemClock(), nil) }
        guard let instant = instant(text) else {
            throw UsageError(
                "\(variable)=\"\(text.prefix(40))\" is not a time (expected YYYY-MM-DDTHH:MM in China Standard Time, "
                    + "e.g. 2025-01-24T10:00); unset it to use the system clock")
        }
        return (
            FixedClock(instant),
            "\(variable)=\(text) sets the clock (China Standard Time); unset it to publish with the system clock"
        )
    }

    /// `2025-01-24T10:00` (UTC+8) as an instant.
    static func instant(_ text: String) -> Instant? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = LocalDate(iso: parts[0]) else { return nil }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2, time.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(time[0]), let minute = Int(time[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return Instant(china: date, hour: hour, minute: minute)
    }
}
