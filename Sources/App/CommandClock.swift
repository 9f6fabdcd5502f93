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
        guard let seconds = unixSeconds(text) else {
            throw UsageError(
                "\(variable)=\"\(text.prefix(40))\" is not a time (expected YYYY-MM-DDTHH:MM in China Standard Time, "
                    + "e.g. 2025-01-24T10:00); unset it to use the system clock")
        }
        return (
            FixedClock(seconds: seconds),
            "\(variable)=\(text) sets the clock (China Standard Time); unset it to publish with the system clock"
        )
    }

    /// `2025-01-24T10:00` (UTC+8) as Unix seconds.
    static func unixSeconds(_ text: String) -> Int? {
        let parts = text.split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let date = LocalDate(iso: parts[0]) else { return nil }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2, time.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
            let hour = Int(time[0]), let minute = Int(time[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return date.dayNumber * 86_400 + (hour - 8) * 3_600 + minute * 60
    }
}

/// Unix seconds as China Standard Time for a message, `2025-02-16 01:00` (UTC+8, no DST).
public enum ChinaClockTime {
    public static func text(_ seconds: Int) -> String {
        let local = seconds + 8 * 3_600
        let date = LocalDate(dayNumber: local.floorDivided(by: 86_400))
        let minutes = (local - date.dayNumber * 86_400) / 60
        return "\(date) \(pad(minutes / 60)):\(pad(minutes % 60))"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
