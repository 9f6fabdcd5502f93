import AQI

/// An OpenAQ location (`GET /v3/locations/{id}`): a station with its sensors.
public struct OpenAQLocation: Sendable, Hashable {
    public let id: Int
    public let name: String?
    /// The IANA zone OpenAQ names, for information only: hours are read from `utc`.
    public let timezone: String?
    public let sensors: [OpenAQSensor]

    public init(id: Int, name: String?, timezone: String?, sensors: [OpenAQSensor]) {
        self.id = id
        self.name = name
        self.timezone = timezone
        self.sensors = sensors
    }

    /// The sensor whose `/hours` give this pollutant: the first one with a convertible unit.
    public func sensor(for pollutant: Pollutant) -> OpenAQSensor? {
        sensors.first { $0.parameter.pollutant == pollutant && $0.parameter.isConvertible }
    }
}
