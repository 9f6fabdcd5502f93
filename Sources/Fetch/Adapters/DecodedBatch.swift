import AQI
import Formats

/// What one upstream file decodes to: its readings, the problems found row by row (each with
/// its file and line; the good rows are kept), and the stations it holds data for.
public struct DecodedBatch: Sendable {
    public var readings: [Reading]
    /// Rejected rows and warnings, in file order.
    public var problems: [Diagnostic]
    /// Every station code the file holds data for, known or not, sorted.
    public var stationsSeen: [StationCode]

    public init(readings: [Reading], problems: [Diagnostic], stationsSeen: [StationCode]) {
        self.readings = readings
        self.problems = problems
        self.stationsSeen = stationsSeen
    }
}
