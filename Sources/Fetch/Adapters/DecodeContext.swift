import AQI

/// What a decoder needs to know beyond the bytes.
public struct DecodeContext: Sendable {
    /// The configured stations. Station CSV rows of other stations are rejected; CNEMC
    /// archive columns of other stations are skipped (a national file lists ~2,000).
    public var knownStations: Set<StationCode>
    /// The station an OpenAQ sensor page belongs to: the page itself names no location, so
    /// the caller maps the OpenAQ location to one of its stations.
    public var station: StationCode?

    public init(knownStations: Set<StationCode>, station: StationCode? = nil) {
        self.knownStations = knownStations
        self.station = station
    }
}
