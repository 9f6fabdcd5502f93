import Formats

/// Decodes OpenAQ API v3 location and sensor lists, so a fetcher can find which sensor of a
/// location measures which pollutant (peers-and-disclosure.md §1.1). A result that cannot be
/// used is reported with the line where it starts and skipped.
public enum OpenAQLocationDecoder {
    /// `GET /v3/locations/{id}` (or a search): `{"meta": …, "results": [location, …]}`.
    public static func decodeLocations(
        _ bytes: [UInt8], file: String
    ) throws(Diagnostic) -> (locations: [OpenAQLocation], problems: [Diagnostic]) {
        try decodeEach(bytes, file: file) { (r: JSONFields) throws(FieldProblem) in
            var sensors: [OpenAQSensor] = []
            for (i, node) in try r.array("sensors").enumerated() {
                sensors.append(try readSensor(JSONFields(node: node, prefix: "sensors[\(i + 1)].")))
            }
            return OpenAQLocation(
                id: try r.int("id"), name: try r.optionalString("name"), timezone: try r.optionalString("timezone"),
                sensors: sensors)
        }
    }

    /// `GET /v3/locations/{id}/sensors` or `GET /v3/sensors/{id}`: `{"meta": …, "results": [sensor, …]}`.
    public static func decodeSensors(
        _ bytes: [UInt8], file: String
    ) throws(Diagnostic) -> (sensors: [OpenAQSensor], problems: [Diagnostic]) {
        try decodeEach(bytes, file: file, readSensor)
    }

    static func readSensor(_ r: JSONFields) throws(FieldProblem) -> OpenAQSensor {
        OpenAQSensor(
            id: try r.int("id"), name: try r.string("name"),
            parameter: OpenAQParameter(
                id: try r.int("parameter.id"), name: try r.string("parameter.name"),
                units: try r.string("parameter.units"), displayName: try r.optionalString("parameter.displayName")))
    }

    private static func decodeEach<T>(
        _ bytes: [UInt8], file: String, _ read: (JSONFields) throws(FieldProblem) -> T
    ) throws(Diagnostic) -> ([T], [Diagnostic]) {
        var items: [T] = []
        var problems: [Diagnostic] = []
        for (n, (node, line)) in try OpenAQResponse(bytes, file: file).results.enumerated() {
            do {
                items.append(try read(JSONFields(node: node)))
            } catch {
                problems.append(Diagnostic(file: file, line: line, "result \(n + 1): \(error.message)"))
            }
        }
        return (items, problems)
    }
}
