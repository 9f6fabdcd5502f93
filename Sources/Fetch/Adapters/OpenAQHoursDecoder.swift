import AQI
import Formats

/// Decodes one page of an OpenAQ API v3 sensor's hourly values: `GET /v3/sensors/{id}/hours`
/// or, for a station that reports hourly, `/measurements` (peers-and-disclosure.md §1.1).
///
/// Each result is `{value, flagInfo{hasFlags}, parameter{id, name, units, displayName},
/// period{label, interval, datetimeFrom{utc, local}, datetimeTo{utc, local}}, …}`. The hour is
/// identified by `period.datetimeTo.utc`, the end of the hour, converted to China Standard
/// Time by arithmetic; the value is converted exactly to µg/m³ (CO mg/m³) by `ReportedUnit`.
/// A result that cannot be used is reported with the line where it starts and skipped.
public enum OpenAQHoursDecoder {
    /// `station` is the station the sensor belongs to: the page names no location.
    public static func decode(
        _ bytes: [UInt8], file: String, station: StationCode
    ) throws(Diagnostic) -> (readings: [Reading], problems: [Diagnostic]) {
        let response = try OpenAQResponse(bytes, file: file)
        var latest = LatestReadings()
        var problems: [Diagnostic] = []
        for (n, (node, line)) in response.results.enumerated() {
            if node["sensors"] != nil {
                throw Diagnostic(
                    file: file, line: line,
                    "this is an OpenAQ locations response; import reads a sensor's /hours or /measurements page")
            }
            do {
                let reading = try readResult(JSONFields(node: node), station: station)
                if let previous = latest.insert(reading, origin: n + 1) {
                    problems.append(
                        Diagnostic(
                            file: file, line: line,
                            "result \(n + 1): same hour as result \(previous) (\(reading.hour.endISO)); this later "
                                + "result is kept",
                            severity: .warning))
                }
            } catch {
                problems.append(Diagnostic(file: file, line: line, "result \(n + 1): \(error.message)"))
            }
        }
        return (latest.readings, problems)
    }

    /// OpenAQ flags are interval annotations whose reason lives on another endpoint
    /// (`/v3/sensors/{id}/flags`); a flagged value is kept with HJ 212 flag D (instrument
    /// fault), which keeps it out of every average (docs/adapters.md).
    public static let flaggedValueFlag = ReadingFlag.fault

    static func readResult(_ r: JSONFields, station: StationCode) throws(FieldProblem) -> Reading {
        let literal = try r.number("value")
        let hasFlags = try r.bool("flagInfo.hasFlags")
        let name = try r.string("parameter.name")
        let units = try r.string("parameter.units")
        let interval = try r.string("period.interval")
        let fromText = try r.string("period.datetimeFrom.utc")
        let toText = try r.string("period.datetimeTo.utc")

        guard let pollutant = Pollutant(label: name) else {
            throw problem("parameter \(Excerpt(name)) is not one of the six pollutants (pm25, pm10, so2, no2, co, o3)")
        }
        guard let unit = ReportedUnit(text: units) else {
            throw problem("unknown unit \(Excerpt(units)) for \(name) (expected µg/m³, mg/m³, ppm or ppb)")
        }
        // Times and literals are quoted as excerpts: a hostile page may make them any length.
        let period = "period \(Excerpt.label(fromText)) – \(Excerpt.label(toText))"
        guard interval == "01:00:00" else {
            throw problem("not a 1-hour value (\(period), interval \(Excerpt(interval))); fetch the sensor's /hours")
        }
        guard let from = utcHour(fromText), let to = utcHour(toText) else {
            let bad = utcHour(fromText) == nil ? fromText : toText
            throw problem("\(Excerpt(bad)) is not a UTC time on a whole hour (\(period))")
        }
        guard to.rawValue - from.rawValue == 1 else {
            throw problem("\(period) is not 1 hour long")
        }
        guard let raw = Rational(decimalLiteral: literal) else {
            throw problem("value \(Excerpt.label(literal)) is out of range")
        }
        let value: Rational
        if QualityControl.isSentinel(raw) {
            // A sentinel is a code, not a quantity: passed on unconverted for QC to mark.
            value = raw
        } else {
            guard let converted = unit.convert(raw, of: pollutant) else {
                throw problem("\(name) in \(units) cannot be converted (particles are reported in µg/m³ only)")
            }
            value = converted
        }
        guard let concentration = Concentration(exactly: value) else {
            throw problem("value \(Excerpt.label(literal)) \(units) is out of range")
        }
        return Reading(
            station: station, pollutant: pollutant, hour: to, value: concentration,
            flag: hasFlags ? flaggedValueFlag : .normal)
    }

    private static func problem(_ message: String) -> FieldProblem { FieldProblem(kind: .mismatch, message: message) }

    /// The hour a UTC instant (`2025-01-15T00:00:00Z`) ends, in China Standard Time.
    static func utcHour(_ text: String) -> HourStamp? {
        guard let time = ISODateTime(text), time.offsetMinutes != nil else { return nil }
        return time.endOfHour
    }
}
