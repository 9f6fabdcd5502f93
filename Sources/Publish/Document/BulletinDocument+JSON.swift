import AQI
import Formats

extension BulletinDocument {
    /// The published JSON (`bulletins/YYYY/YYYY-MM-DD.json`), keys in the order of
    /// docs/bulletin-json.md. Derived keys (level, category, notes …) are written for readers and
    /// ignored by `decode(json:)`.
    public func json() -> String {
        var w = JSONWriter(indentation: 2)
        w.beginObject()
        w.field("schema", BulletinDocument.schema)
        w.key("area")
        w.beginObject()
        w.field("code", area.code.rawValue)
        w.field("name", area.name)
        w.field("name_en", area.englishName)
        w.endObject()
        w.field("date", date.description)
        w.field("standard", standard.id)
        w.field("standard_name", Wording.standardName(standard, .chinese))
        w.field("averaging", averaging.rawValue)
        w.key("revision")
        w.beginObject()
        w.field("number", revision.number)
        w.field("reason", revision.reason)
        w.field("published_by", revision.publishedBy)
        w.field("published_at", revision.publishedAt.unixSeconds)
        w.field("published_at_text", revision.publishedAt.rfc3339)
        w.field("index_number", revision.indexNumber)
        w.endObject()
        w.key("issuer")
        w.beginObject()
        w.field("name", issuer.name)
        w.field("name_en", issuer.englishName)
        w.field("org_code", issuer.orgCode)
        w.endObject()
        w.key("city")
        city.write(to: &w)
        w.key("stations")
        w.beginArray()
        for s in stations { s.write(to: &w) }
        w.endArray()
        w.key("hourly")
        w.beginArray()
        for h in hourly {
            w.beginObject()
            w.field("hour", h.hour)
            w.field("aqi", h.aqi)
            w.field("level", h.level?.number)
            w.field("primary_pollutants", strings: h.primaryPollutants?.map(\.label))
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return w.text + "\n"
    }
}

extension BulletinLocation {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("code", code)
        w.field("name", name)
        w.field("assessment", isAssessment)
        w.field("aqi", aqi)
        w.field("aqi_computed", aqiComputed)
        w.field("level", level?.number)
        w.field("category", level?.category)
        w.field("color", level?.hex)
        w.field("primary_pollutants", strings: primaryPollutants?.map(\.label))
        w.field("primary_indicators", strings: primaryIndicators?.map(\.key))
        w.field("iaqi_over_100", strings: iaqiOver100.map(\.label))
        w.field("missing_indicators", strings: missingIndicators.map(\.key))
        w.field("rules_applied", strings: rulesApplied)
        w.field("valid_hours", validHours)
        w.key("indicators")
        w.beginArray()
        for i in indicators { i.write(to: &w) }
        w.endArray()
        w.endObject()
    }
}

extension BulletinIndicator {
    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("indicator", indicator.key)
        w.key("concentration")
        if let concentration { w.number(concentration.description) } else { w.null() }
        w.field("unit", indicator.pollutant.unit)
        w.field("exact", exact?.description)
        w.field("iaqi", iaqi)
        w.field("valid_hours", validHours)
        w.field("valid_windows", validWindows)
        w.field("status", exact != nil ? "valid" : isNotMonitored ? "not-monitored" : "na")
        w.key("invalid")
        if let invalidReason { invalidReason.write(to: &w) } else { w.null() }
        w.field("note", invalidReason.map { Wording.reason($0, .chinese) })
        w.field("note_en", invalidReason.map { Wording.reason($0, .english) })
        w.endObject()
    }
}

extension InvalidReason {
    /// The `reason` key of the JSON `invalid` object.
    var jsonName: String {
        switch self {
        case .notMonitored: "not-monitored"
        case .noData: "no-data"
        case .tooFewHours: "too-few-hours"
        case .tooFewWindows: "too-few-windows"
        }
    }

    func write(to w: inout JSONWriter) {
        w.beginObject()
        w.field("reason", jsonName)
        switch self {
        case .notMonitored, .noData:
            break
        case .tooFewHours(let valid, let required, let flagged):
            w.field("valid", valid)
            w.field("required", required)
            w.key("flagged")
            w.beginObject()
            for flag in ReadingFlag.allCases {
                if let n = flagged[flag] { w.field(flag.rawValue, n) }
            }
            w.endObject()
        case .tooFewWindows(let valid, let required):
            w.field("valid", valid)
            w.field("required", required)
        }
        w.endObject()
    }
}
