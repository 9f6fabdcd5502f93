/// How much the reading tables hold.
public struct ReadingCounts: Sendable, Hashable, CustomStringConvertible {
    /// Keys (station, pollutant, hour) with a value: one current revision each.
    public var readings: Int
    /// Every stored revision, current and superseded.
    public var revisions: Int

    public init(readings: Int, revisions: Int) {
        self.readings = readings
        self.revisions = revisions
    }

    public var description: String { "\(readings) readings, \(revisions) revisions" }
}
