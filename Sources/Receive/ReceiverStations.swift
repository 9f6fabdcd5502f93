import AQI
import Formats
import Stations

/// The stations `receive` accepts, by MN, each with its password read from the receiver's
/// environment once at start.
public struct ReceiverStations: Sendable {
    public struct Entry: Sendable {
        public let code: StationCode
        public let link: HJ212Link
        let password: [UInt8]
    }

    let byMN: [String: Entry]

    public var count: Int { byMN.count }

    /// - Throws: one diagnostic per station whose password variable is unset, at its `hj212` line.
    public init(_ configuration: StationsConfiguration, environment: [String: String]) throws(ReceiverSetupError) {
        var byMN: [String: Entry] = [:]
        var problems: [Diagnostic] = []
        for station in configuration.stations {
            guard let link = station.hj212 else { continue }
            guard let password = link.password(in: environment) else {
                problems.append(
                    Diagnostic(
                        file: link.location.file, line: link.location.line,
                        "environment variable \(link.passwordVariable) is not set (the HJ 212 password of station "
                            + "\(station.code), MN \(link.mn)); set it in the environment of airbulletin receive, "
                            + "never in this file"))
                continue
            }
            byMN[link.mn] = Entry(code: station.code, link: link, password: Array(password.utf8))
        }
        guard problems.isEmpty else { throw .configuration(problems) }
        guard !byMN.isEmpty else { throw .noStations }
        self.byMN = byMN
    }

    /// The station of `mn` when `password` is its password (HJ 212—2017 §6.3.2: PW 访问密码).
    func authenticate(mn: String, password: String) -> Result<Entry, RefusalReason> {
        guard let entry = byMN[mn] else { return .failure(.unknownMN) }
        // Compared in time independent of where the first difference is.
        let given = Array(password.utf8)
        var difference = given.count ^ entry.password.count
        for (i, byte) in entry.password.enumerated() { difference |= Int(byte ^ (i < given.count ? given[i] : 0)) }
        return difference == 0 ? .success(entry) : .failure(.wrongPassword)
    }
}

/// Why `receive` cannot start.
public enum ReceiverSetupError: Error, Sendable, CustomStringConvertible {
    case configuration([Diagnostic])
    case noStations

    public var description: String {
        switch self {
        case .configuration(let problems): problems.map(\.description).joined(separator: "\n")
        case .noStations:
            "no station has an hj212 table: add hj212 = { mn = \"…\", password_env = \"…\" } to the stations that "
                + "push (stations/README.md)"
        }
    }
}
