import AQI
import Fetch
import Formats
import Testing

@Suite struct OpenAQHoursDecoderTests {
    static let station = StationCode("2610A")!

    static func decode(_ name: String) throws -> (readings: [Reading], problems: [Diagnostic]) {
        try OpenAQHoursDecoder.decode(try FixtureFiles.bytes(name), file: name, station: station)
    }

    static func decode(text: String) throws -> (readings: [Reading], problems: [Diagnostic]) {
        try OpenAQHoursDecoder.decode(Array(text.utf8), file: "page.json", station: station)
    }

    /// The hour that ends at `hour`:00 China Standard Time on 2025-01-15.
    static func hour(_ hour: Int) -> HourStamp {
        HourStamp(date: LocalDate(year: 2025, month: 1, day: 15), endingAt: hour)
    }

    static func reading(_ p: Pollutant, _ h: Int, _ milli: Int32, _ flag: ReadingFlag = .normal) -> Reading {
        Reading(station: station, pollutant: p, hour: hour(h), value: Concentration(milli: milli), flag: flag)
    }

    @Test func microgramsPassThroughAndEachBadResultIsReportedAtItsLine() throws {
        let (readings, problems) = try Self.decode("openaq-hours-pm25.json")
        #expect(
            readings == [
                // datetimeTo 2025-01-15T01:00:00Z = 09:00 China Standard Time: the hour "09时".
                Self.reading(.pm2_5, 9, 36_400),
                Self.reading(.pm2_5, 10, 41_250),
                // flagInfo.hasFlags: kept, flagged D, out of every average.
                Self.reading(.pm2_5, 11, 388_000, .fault),
                Self.reading(.pm2_5, 14, 17_960),
            ])
        #expect(
            problems.map(\.description) == [
                "openaq-hours-pm25.json:166: error: result 4: missing field \"period.datetimeTo.utc\"",
                "openaq-hours-pm25.json:214: error: result 5: field \"value\" is null",
            ])
    }

    @Test func ppbIsConvertedAtTheReferenceStateAndASentinelPassesUnconverted() throws {
        let (readings, problems) = try Self.decode("openaq-hours-no2-ppb.json")
        #expect(
            readings == [
                // Result 4 (11 ppb) replaces result 1 for the same hour:
                // 11 × 46.01 / 24.465 = 506.11 / 24.465 = 20.68710… → 20.687.
                Self.reading(.no2, 9, 20_687),
                // 21.4 × 46.01 / 24.465 = 984.614 / 24.465 = 40.24582… → 40.246.
                Self.reading(.no2, 10, 40_246),
                // −999 is a code, not −1,878.85 µg/m³: quality control marks it as a sentinel.
                Self.reading(.no2, 11, -999_000),
            ])
        #expect(
            problems.map(\.description) == [
                "openaq-hours-no2-ppb.json:166: warning: result 4: same hour as result 1 "
                    + "(2025-01-15T09:00:00+08:00); this later result is kept"
            ])
    }

    @Test func ppmIsConvertedAndANonHourlyPeriodIsRejected() throws {
        let (readings, problems) = try Self.decode("openaq-measurements-o3-ppm.json")
        #expect(
            readings == [
                // 0.035 ppm = 35 ppb; 35 × 48.00 / 24.465 = 1680 / 24.465 = 68.66952… → 68.670.
                Self.reading(.o3, 9, 68_670),
                // The literal 4.12e-02 (OpenAQ serialises doubles): 41.2 × 48 / 24.465 = 80.83384… → 80.834.
                Self.reading(.o3, 11, 80_834),
            ])
        #expect(
            problems.map(\.description) == [
                "openaq-measurements-o3-ppm.json:52: error: result 2: not a 1-hour value (period "
                    + "2025-01-15T01:00:00Z – 2025-01-15T01:10:00Z, interval \"00:10:00\"); fetch the sensor's /hours"
            ])
    }

    @Test func carbonMonoxideInPPMBecomesMilligrams() throws {
        let (readings, problems) = try Self.decode("openaq-hours-co-ppm.json")
        // 0.4 × 28.01 / 24.465 = 11.204 / 24.465 = 0.45796… → 0.458 mg/m³;
        // 1.25 × 28.01 / 24.465 = 35.0125 / 24.465 = 1.43112… → 1.431 mg/m³.
        #expect(readings == [Self.reading(.co, 9, 458), Self.reading(.co, 10, 1_431)])
        #expect(problems.isEmpty)
    }

    static func page(_ results: [String]) -> String {
        #"{"meta":{"name":"openaq-api","website":"/","page":1,"limit":100,"found":1},"results":["#
            + results.joined(separator: ",") + "]}"
    }

    static func result(
        value: String = "12.0", name: String = "pm25", units: String = "µg/m³", interval: String = "01:00:00",
        from: String = "2025-01-15T00:00:00Z", to: String = "2025-01-15T01:00:00Z"
    ) -> String {
        #"{"value":\#(value),"flagInfo":{"hasFlags":false},"parameter":{"id":2,"name":"\#(name)","units":"\#(units)","#
            + #""displayName":null},"period":{"label":"1hour","interval":"\#(interval)","datetimeFrom":{"utc":"\#(from)","#
            + #""local":"x"},"datetimeTo":{"utc":"\#(to)","local":"x"}},"coordinates":null,"summary":null,"coverage":null}"#
    }

    @Test func aMinifiedPageNamesEachResultByNumber() throws {
        let (readings, problems) = try Self.decode(
            text: Self.page([
                Self.result(),
                Self.result(name: "pm1"),
                Self.result(units: "ppm"),
                Self.result(name: "no2", units: "ppt"),
                Self.result(to: "2025-01-15T01:30:00Z"),
                Self.result(to: "2025-01-15T01:00:00"),
                Self.result(from: "2025-01-14T23:00:00Z"),
                Self.result(value: "\"12\""),
                Self.result(value: "1e12"),
                Self.result(interval: "24:00:00", from: "2025-01-14T00:00:00Z"),
            ]))
        #expect(readings == [Self.reading(.pm2_5, 9, 12_000)])
        #expect(
            problems.map(\.description) == [
                "page.json:1: error: result 2: parameter \"pm1\" is not one of the six pollutants "
                    + "(pm25, pm10, so2, no2, co, o3)",
                "page.json:1: error: result 3: pm25 in ppm cannot be converted (particles are reported in µg/m³ only)",
                "page.json:1: error: result 4: unknown unit \"ppt\" for no2 (expected µg/m³, mg/m³, ppm or ppb)",
                "page.json:1: error: result 5: \"2025-01-15T01:30:00Z\" is not a UTC time on a whole hour "
                    + "(period 2025-01-15T00:00:00Z – 2025-01-15T01:30:00Z)",
                "page.json:1: error: result 6: \"2025-01-15T01:00:00\" is not a UTC time on a whole hour "
                    + "(period 2025-01-15T00:00:00Z – 2025-01-15T01:00:00)",
                "page.json:1: error: result 7: period 2025-01-14T23:00:00Z – 2025-01-15T01:00:00Z is not 1 hour long",
                "page.json:1: error: result 8: field \"value\" must be a number, found a string",
                "page.json:1: error: result 9: value 1e12 is out of range",
                "page.json:1: error: result 10: not a 1-hour value (period 2025-01-14T00:00:00Z – "
                    + "2025-01-15T01:00:00Z, interval \"24:00:00\"); fetch the sensor's /hours",
            ])
    }

    /// A key given twice leaves the value ambiguous (RFC 8259 §4: names SHOULD be unique, and
    /// readers differ on which one wins): the result is rejected rather than guessed.
    @Test func aKeyRepeatedInAResultRejectsThatResult() throws {
        let twice = Self.result().replacing(#""value":12.0,"#, with: #""value":12.0,"value":99.0,"#)
        let nested = Self.result().replacing(
            #""datetimeTo":{"utc":"2025-01-15T01:00:00Z""#,
            with: #""datetimeTo":{"utc":"2025-01-15T01:00:00Z","utc":"2025-01-15T02:00:00Z""#)
        let next = Self.result(from: "2025-01-15T01:00:00Z", to: "2025-01-15T02:00:00Z")
        let (readings, problems) = try Self.decode(text: Self.page([twice, nested, next]))
        #expect(readings == [Self.reading(.pm2_5, 10, 12_000)])
        #expect(
            problems.map(\.description) == [
                "page.json:1: error: result 1: field \"value\" appears twice",
                "page.json:1: error: result 2: field \"period.datetimeTo.utc\" appears twice",
            ])
        #expect(
            throws: Diagnostic(file: "page.json", line: 1, "not an OpenAQ v3 response: \"results\" appears twice")
        ) {
            try Self.decode(text: #"{"results":[],"results":[]}"#)
        }
    }

    @Test func aLongFieldIsQuotedAsAShortMarkedExcerpt() throws {
        let unit = String(repeating: "u", count: 100_000)
        let (_, problems) = try Self.decode(text: Self.page([Self.result(units: unit)]))
        #expect(
            problems.map(\.description) == [
                "page.json:1: error: result 1: unknown unit \"uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu…\" "
                    + "(100,000 bytes) for pm25 (expected µg/m³, mg/m³, ppm or ppb)"
            ])
    }

    @Test func aFileThatIsNotAnHoursPageIsRejected() throws {
        #expect(
            throws: Diagnostic(
                file: "page.json", line: 3, "not valid JSON: expected ':' after a key at character 29")
        ) {
            try Self.decode(text: "{\n  \"meta\": {},\n  \"results\" [] }")
        }
        #expect(
            throws: Diagnostic(
                file: "page.json", line: 1, "not an OpenAQ v3 response: expected an object with a \"results\" array")
        ) {
            try Self.decode(text: #"{"detail":"Not Found"}"#)
        }
        #expect(
            throws: Diagnostic(
                file: "openaq-location.json", line: 10,
                "this is an OpenAQ locations response; import reads a sensor's /hours or /measurements page")
        ) {
            try Self.decode("openaq-location.json")
        }
        #expect(
            throws: Diagnostic(
                file: "page.json", line: 1, "not UTF-8, so not an OpenAQ response (JSON is always UTF-8)")
        ) {
            try OpenAQHoursDecoder.decode([0x7B, 0xCE, 0xC4, 0x7D], file: "page.json", station: Self.station)
        }
    }
}
