/// One sensor of a location (`GET /v3/locations/{id}` → `sensors[]`, or
/// `GET /v3/locations/{id}/sensors`).
public struct OpenAQSensor: Sendable, Hashable {
    public let id: Int
    public let name: String
    public let parameter: OpenAQParameter

    public init(id: Int, name: String, parameter: OpenAQParameter) {
        self.id = id
        self.name = name
        self.parameter = parameter
    }
}
