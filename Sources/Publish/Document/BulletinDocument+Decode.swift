import AQI
import Formats
import Identity

extension BulletinDocument {
    /// Reads a document from its JSON (as `json()` writes it). Derived keys are not read; the
    /// published concentration must be the exact value rounded by GB/T 8170.
    public static func decode(json text: String) throws(DocumentDecodingError) -> BulletinDocument {
        let root: JSONNode
        do {
            root = try JSONReader.parse(text)
        } catch {
            throw DocumentDecodingError(path: "", "not valid JSON: \(error)")
        }
        let doc = JSONField(root)
        let schema = try doc["schema"].string()
        guard schema == BulletinDocument.schema else {
            throw DocumentDecodingError(
                path: "schema", "unsupported schema \"\(schema)\" (this version reads \"\(BulletinDocument.schema)\")")
        }
        let dateField = try doc["date"]
        guard let date = LocalDate(iso: try dateField.string()) else {
            throw dateField.fail("expected a date such as \"2025-01-15\", found \(dateField.describe)")
        }
        let standardField = try doc["standard"]
        guard let standard = Standard(rawValue: try standardField.string()), standard.isChinese else {
            throw standardField.fail("expected \"hj633-2026\" or \"hj633-2012\", found \(standardField.describe)")
        }
        let averagingField = try doc["averaging"]
        guard let averaging = CityAveraging(rawValue: try averagingField.string()) else {
            throw averagingField.fail(
                "expected \"hourly-first\" or \"station-daily-first\", found \(averagingField.describe)")
        }
        let area = try doc["area"]
        let issuer = try doc["issuer"]
        let hourly = try doc["hourly"].array()
        guard hourly.count == 24 else {
            throw try doc["hourly"].fail("expected 24 hours (01时 … 24时), found \(hourly.count)")
        }
        return BulletinDocument(
            area: BulletinArea(
                code: try area["code"].areaCode(), name: try area["name"].string(),
                englishName: try area["name_en"].string()),
            issuer: Issuer(
                name: try issuer["name"].string(), englishName: try issuer["name_en"].string(),
                organisation: try issuer["org_code"].organisationCode()),
            date: date, standard: standard, averaging: averaging, revision: try revision(try doc["revision"]),
            city: try location(try doc["city"]),
            stations: try doc["stations"].array().map { (s) throws(DocumentDecodingError) in try location(s) },
            hourly: try hourly.enumerated().map { (k, h) throws(DocumentDecodingError) in
                let hourField = try h["hour"]
                guard try hourField.int() == k + 1 else { throw hourField.fail("expected hour \(k + 1)") }
                return BulletinHour(
                    hour: k + 1, aqi: try h["aqi"].optionalInt(),
                    primaryPollutants: try h["primary_pollutants"].optionalArray()?.map {
                        (p) throws(DocumentDecodingError) in try p.pollutant()
                    })
            })
    }

    static func revision(_ r: JSONField) throws(DocumentDecodingError) -> RevisionInfo {
        let numberField = try r["number"]
        let number = try numberField.int()
        guard number >= 1 else { throw numberField.fail("expected a revision number of 1 or more, found \(number)") }
        let reasonField = try r["reason"]
        let reason = try reasonField.optionalString()
        if number > 1, (reason ?? "").allSatisfy(\.isWhitespace) {
            throw reasonField.fail("revision \(number) needs the reason it was republished")
        }
        return RevisionInfo(
            number: number, reason: reason, publishedBy: try r["published_by"].string(),
            publishedAt: Instant(unixSeconds: try r["published_at"].int()), indexNumber: try r["index_number"].string())
    }

    static func location(_ l: JSONField) throws(DocumentDecodingError) -> BulletinLocation {
        BulletinLocation(
            code: try l["code"].string(), name: try l["name"].string(), isAssessment: try l["assessment"].bool(),
            aqi: try l["aqi"].optionalInt(), aqiComputed: try l["aqi_computed"].optionalInt(),
            primaryIndicators: try l["primary_indicators"].optionalArray()?.map {
                (i) throws(DocumentDecodingError) in try i.indicator()
            },
            iaqiOver100: try l["iaqi_over_100"].array().map { (p) throws(DocumentDecodingError) in try p.pollutant() },
            missingIndicators: try l["missing_indicators"].array().map {
                (i) throws(DocumentDecodingError) in try i.indicator()
            },
            rulesApplied: try l["rules_applied"].array().map { (r) throws(DocumentDecodingError) in try r.string() },
            indicators: try l["indicators"].array().map { (i) throws(DocumentDecodingError) in try indicator(i) })
    }

    static func indicator(_ i: JSONField) throws(DocumentDecodingError) -> BulletinIndicator {
        let indicator = try i["indicator"].indicator()
        let exactField = try i["exact"]
        let exact = exactField.isNull ? nil : try exactField.rational()
        let concentrationField = try i["concentration"]
        let concentration = concentrationField.isNull ? nil : try concentrationField.decimal()
        let decimals = indicator.pollutant.reportDecimals
        guard concentration == exact?.rounded(toDecimals: decimals, .halfEven) else {
            let expected = exact.map { $0.rounded(toDecimals: decimals, .halfEven).description } ?? "null"
            throw concentrationField.fail(
                "\(concentrationField.describe) is not the exact value \(exactField.describe) rounded (expected \(expected))"
            )
        }
        let invalidField = try i["invalid"]
        return BulletinIndicator(
            indicator: indicator, exact: exact, concentration: concentration, iaqi: try i["iaqi"].optionalInt(),
            validHours: try i["valid_hours"].int(), validWindows: try i["valid_windows"].optionalInt(),
            invalidReason: invalidField.isNull ? nil : try invalidReason(invalidField))
    }

    static func invalidReason(_ r: JSONField) throws(DocumentDecodingError) -> InvalidReason {
        let reasonField = try r["reason"]
        switch try reasonField.string() {
        case "not-monitored": return .notMonitored
        case "no-data": return .noData
        case "too-few-windows":
            return .tooFewWindows(valid: try r["valid"].int(), required: try r["required"].int())
        case "too-few-hours":
            var flagged: [ReadingFlag: Int] = [:]
            for (key, value) in try r["flagged"].members() {
                guard let flag = ReadingFlag(rawValue: key) else {
                    throw value.fail("unknown flag \"\(key)\" (expected an HJ 212 flag such as M or a QC mark)")
                }
                flagged[flag] = try value.int()
            }
            return .tooFewHours(valid: try r["valid"].int(), required: try r["required"].int(), flagged: flagged)
        default:
            throw reasonField.fail(
                "unknown reason \(reasonField.describe) (expected not-monitored, no-data, too-few-hours or too-few-windows)"
            )
        }
    }
}
