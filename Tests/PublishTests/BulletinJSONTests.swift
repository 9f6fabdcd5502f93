import AQI
import Publish
import Testing

/// The published JSON is the stored form: it must give back the same document, and a damaged
/// file must say where.
@Suite struct BulletinJSONTests {
    @Test func everyDocumentRoundTrips() throws {
        let documents =
            SampleBulletins.january + [GoldenSite.republished15]
            + [SyntheticDays.march15Report(), SyntheticDays.march16Report()].map { SampleBulletins.document($0) }
        for doc in documents {
            let decoded = try BulletinDocument.decode(json: doc.json())
            #expect(decoded == doc, "\(doc.date) revision \(doc.revision.number)")
        }
    }

    /// Month and year statistics come from documents: the decoded JSON gives the same day summary
    /// as the computed report (exact fractions, not rounded values).
    @Test func daySummaryFromTheJSONEqualsTheComputedOne() throws {
        for report in SampleBulletins.januaryReports {
            let decoded = try BulletinDocument.decode(json: SampleBulletins.document(report).json())
            #expect(DaySummary(decoded) == DaySummary(report), "\(report.date)")
        }
        let fifteenth = try BulletinDocument.decode(json: SampleBulletins.january[14].json())
        #expect(fifteenth.city.indicator(.pm2_5_24h)?.exact == Rational(1417, 24))
    }

    @Test func keysComeInTheDocumentedOrder() throws {
        let json = SampleBulletins.january[14].json()
        let keys = [
            "\"schema\"", "\"area\"", "\"date\"", "\"standard\"", "\"standard_name\"", "\"averaging\"",
            "\"revision\"", "\"issuer\"", "\"city\"", "\"stations\"", "\"hourly\"",
        ]
        let positions = keys.map { json.range(of: "\n  \($0):")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(json.contains("\"exact\": \"1417/24\""))
    }

    @Test(arguments: [
        (
            "\"schema\": \"airbulletin.bulletin/1\"", "\"schema\": \"airbulletin.bulletin/9\"",
            "bulletin JSON, at schema: unsupported schema \"airbulletin.bulletin/9\" (this version reads \"airbulletin.bulletin/1\")"
        ),
        (
            "\"exact\": \"1417/24\"", "\"exact\": \"1417/0\"",
            "bulletin JSON, at city.indicators[6].exact: expected a fraction such as \"1417/24\", found \"1417/0\""
        ),
        (
            "\"exact\": \"1417/24\"", "\"exact\": \"1500/24\"",
            "bulletin JSON, at city.indicators[6].concentration: 59 is not the exact value \"1500/24\" rounded (expected 62)"
        ),
        (
            "\"date\": \"2025-01-15\"", "\"date\": \"2025-02-30\"",
            "bulletin JSON, at date: expected a date such as \"2025-01-15\", found \"2025-02-30\""
        ),
        ("\"index_number\"", "\"index_no\"", "bulletin JSON, at revision.index_number: missing key"),
        (
            "\"indicator\": \"PM2_5_24H\"", "\"indicator\": \"PM25\"",
            "bulletin JSON, at city.indicators[6].indicator: unknown indicator \"PM25\" (expected a key such as PM2_5_24H or O3_8H)"
        ),
        ("\"aqi\": 80,", "\"aqi\": \"80\",", "bulletin JSON, at city.aqi: expected an integer, found \"80\""),
    ])
    func damagedDocumentsNameTheKey(original: String, damaged: String, message: String) throws {
        let json = SampleBulletins.january[14].json()
        #expect(json.contains(original))
        guard let range = json.range(of: original) else { return }
        let error = #expect(throws: DocumentDecodingError.self) {
            try BulletinDocument.decode(json: json.replacingCharacters(in: range, with: damaged))
        }
        #expect(error?.description == message)
    }

    @Test func republishedRevisionNeedsItsReason() throws {
        let json = GoldenSite.republished15.json()
        let damaged = json.replacingOccurrences(
            of: "\"reason\": \"市便民服务中心 17时、18时 PM2.5 数据经审核后确认缺测，重新发布\"", with: "\"reason\": null")
        let error = #expect(throws: DocumentDecodingError.self) { try BulletinDocument.decode(json: damaged) }
        #expect(
            error?.description == "bulletin JSON, at revision.reason: revision 2 needs the reason it was republished")
        let notJSON = #expect(throws: DocumentDecodingError.self) { try BulletinDocument.decode(json: "{\"schema\": ") }
        #expect(notJSON?.description == "bulletin JSON: not valid JSON: unexpected end of input at character 12")
    }
}
