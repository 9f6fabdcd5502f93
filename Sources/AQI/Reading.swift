/// One hourly value of one pollutant at one station, as an adapter decodes it and the store
/// keeps it.
public struct Reading: Sendable, Hashable {
    public var station: StationCode
    public var pollutant: Pollutant
    public var hour: HourStamp
    /// Nil when the upstream sent a flag without a value.
    public var value: Concentration?
    public var flag: ReadingFlag

    public init(
        station: StationCode, pollutant: Pollutant, hour: HourStamp, value: Concentration?, flag: ReadingFlag = .normal
    ) {
        self.station = station
        self.pollutant = pollutant
        self.hour = hour
        self.value = value
        self.flag = flag
    }

    /// The value when it counts toward averages.
    public var validValue: Concentration? { flag.isValid ? value : nil }

    /// A reading's identity: its station, pollutant and hour. A later reading with the same key
    /// replaces an earlier one (an upstream's correction, a new revision in the store).
    public struct Key: Sendable, Hashable {
        public let station: StationCode
        public let pollutant: Pollutant
        public let hour: HourStamp

        public init(station: StationCode, pollutant: Pollutant, hour: HourStamp) {
            self.station = station
            self.pollutant = pollutant
            self.hour = hour
        }
    }

    public var key: Key { Key(station: station, pollutant: pollutant, hour: hour) }
}
