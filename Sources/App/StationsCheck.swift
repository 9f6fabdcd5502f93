import Formats
import Stations

/// `airbulletin stations check`: reads and checks every stations file before anything touches
/// the network. Each problem is one `FILE:LINE: error: …` line; any error means exit 2.
public enum StationsCheck {
    public struct Report: Sendable {
        public let diagnostics: [Diagnostic]
        public let configuration: StationsConfiguration

        public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
        public var warningCount: Int { diagnostics.count - errorCount }

        /// 0 when no error was found, 2 (bad configuration) otherwise.
        public var exitCode: Int32 { errorCount > 0 ? 2 : 0 }

        /// For stdout when the configuration is good: what each file holds, then a total.
        public var summary: String {
            guard errorCount == 0 else { return "" }
            var lines = configuration.files.map { file in
                let sources = Set(file.areas.flatMap(\.sources).map(\.location)).count
                let stations = Set(file.areas.flatMap(\.stations).map(\.code)).count
                return "\(file.path): \(plural(file.areas.count, "area")), \(plural(stations, "station")), "
                    + plural(sources, "source")
            }
            let totals = [
                plural(configuration.files.count, "file"), plural(configuration.areas.count, "area"),
                plural(configuration.stations.count, "station"), "no errors",
            ]
            let warnings = warningCount > 0 ? [plural(warningCount, "warning")] : []
            lines.append("stations: " + (totals + warnings).joined(separator: ", "))
            return lines.joined(separator: "\n") + "\n"
        }

        /// For stderr: every diagnostic, and when there are errors a closing count.
        public var problems: String {
            var lines = diagnostics.map(\.description)
            if errorCount > 0 {
                lines.append(
                    "stations: \(plural(errorCount, "error"))"
                        + (warningCount > 0 ? ", \(plural(warningCount, "warning"))" : "")
                        + "; nothing is fetched or published until \(errorCount == 1 ? "it is" : "they are") fixed")
            }
            return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
        }
    }

    /// Loads `directory` (default `stations`) with the run's environment.
    public static func run(directory: String, environment: [String: String]) -> Report {
        let load = StationsDirectory.load(path: directory, environment: environment)
        return Report(diagnostics: load.diagnostics, configuration: load.configuration)
    }
}

/// `1 area`, `16 areas`.
func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
