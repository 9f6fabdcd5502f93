import AQI
import Fetch
import Formats
import Testing

@Suite struct StationCSVDecoderTests {
    static let known: Set<StationCode> = [StationCode("2610A")!, StationCode("2611A")!]

    static func decode(_ name: String) throws -> DecodedBatch {
        try StationCSVDecoder.decode(try FixtureFiles.bytes(name), file: name, knownStations: known)
    }

    static func hour(_ day: Int, _ hour: Int) -> HourStamp {
        HourStamp(date: LocalDate(year: 2025, month: 1, day: day), endingAt: hour)
    }

    static func reading(
        _ station: String, _ pollutant: Pollutant, _ day: Int, _ h: Int, _ milli: Int32?, _ flag: ReadingFlag = .normal
    ) -> Reading {
        Reading(
            station: StationCode(station)!, pollutant: pollutant, hour: hour(day, h),
            value: milli.map { Concentration(milli: $0) }, flag: flag)
    }

    @Test func everyFlagEverySpellingAndEveryTimeFormIsRead() throws {
        let batch = try Self.decode("station-flags.csv")
        #expect(batch.problems.isEmpty)
        #expect(
            batch.readings == [
                // `time` is the end of the hour in China Standard Time, in each accepted form.
                Self.reading("2610A", .pm2_5, 15, 8, 36_000),
                Self.reading("2610A", .pm10, 15, 8, 51_000),  // a34002
                Self.reading("2610A", .so2, 15, 8, 5_000),
                Self.reading("2610A", .no2, 15, 8, 18_000),
                Self.reading("2610A", .co, 15, 8, 600),  // mg/m³
                Self.reading("2610A", .o3, 15, 8, 62_500),
                // Flags other than N: the value may be empty; a value is kept with its flag.
                Self.reading("2611A", .pm2_5, 15, 9, nil, .stopped),
                Self.reading("2611A", .pm10, 15, 9, 48_000, .maintenance),
                Self.reading("2611A", .so2, 15, 9, 7_000, .manual),
                Self.reading("2611A", .no2, 15, 9, nil, .fault),
                Self.reading("2611A", .co, 15, 9, 1_200, .calibration),
                Self.reading("2611A", .o3, 15, 9, 2_100_000, .overRange),
                Self.reading("2611A", .pm2_5, 15, 10, nil, .communication),
                // "24:00" is 24时, the next day's 00:00; 16:00Z is the same instant.
                Self.reading("2611A", .pm10, 15, 24, 40_000),
                Self.reading("2611A", .so2, 15, 24, 4_000),
            ])
        #expect(batch.readings.filter { $0.validValue != nil }.count == 8)
        #expect(batch.stationsSeen.map(\.rawValue) == ["2610A", "2611A"])
    }

    @Test func badRowsAreReportedWithTheirLineAndTheGoodRowsKept() throws {
        let batch = try Self.decode("station-malformed.csv")
        let csv = "station-malformed.csv"
        #expect(
            batch.problems.map(\.description) == [
                "\(csv):3: error: expected 5 columns (station,time,pollutant,value,flag), found 4",
                "\(csv):4: error: value \"abc\" is not a number (SO2 in µg/m³, e.g. 36 or 0.6)",
                "\(csv):5: error: unknown station 9999A (not in the configured stations; add it or correct the code)",
                "\(csv):6: error: time \"2025-01-15T08:30\" is not on the hour (an hourly value is labelled by the end "
                    + "of its hour, minutes 00)",
                "\(csv):7: error: bad time \"2025-01-15\" (expected the end of the hour in China Standard Time, "
                    + "e.g. 2025-01-15T08:00 or 2025-01-15 08:00)",
                "\(csv):8: error: unknown pollutant \"PM1\" (expected SO2, NO2, CO, O3, PM10, PM2.5 or an HJ 212 "
                    + "code: a21026, a21004, a21005, a05024, a34002, a34004)",
                "\(csv):9: error: bad flag \"X\" (expected an HJ 212 data flag: N, F, M, S, D, C, T, B)",
                "\(csv):10: error: empty value with flag N (a normal value needs a number)",
                "\(csv):11: error: \"26 10A\" is not a station code (letters, digits, - and _)",
                "\(csv):12: error: expected 5 columns (station,time,pollutant,value,flag), found 6",
                "\(csv):13: warning: duplicate of line 2 (2610A PM2.5 2025-01-15T08:00:00+08:00); this later row "
                    + "is kept",
                "\(csv):15: error: value \"1,5\" is not a number (SO2 in µg/m³, e.g. 36 or 0.6)",
            ])
        #expect(
            batch.readings == [
                Self.reading("2610A", .pm2_5, 15, 8, 38_000),  // line 13 replaced line 2
                Self.reading("2610A", .no2, 15, 9, -999_000),  // kept for quality control to mark
                Self.reading("2610A", .co, 15, 9, 700),
            ])
        // The unknown station is seen (the import can list it), but none of its rows is kept.
        #expect(batch.stationsSeen.map(\.rawValue) == ["2610A", "9999A"])
    }

    @Test func aBOMCRLFBlankLinesAndAMissingFinalNewlineAreFine() throws {
        let batch = try Self.decode("station-bom-crlf.csv")
        #expect(
            batch.readings == [
                Self.reading("2611A", .pm2_5, 15, 8, 36_000),
                Self.reading("2611A", .pm10, 15, 8, 51_000),  // a quoted field
                Self.reading("2611A", .co, 15, 9, 550),
            ])
        // Lines count with CRLF and the blank line 4.
        #expect(
            batch.problems.map(\.description) == [
                "station-bom-crlf.csv:6: error: value \"x\" is not a number (CO in mg/m³, e.g. 36 or 0.6)"
            ])
    }

    @Test func aGBKFileIsRejectedAtTheLineOfItsFirstNonUTF8Byte() throws {
        #expect(
            throws: Diagnostic(
                file: "station-gbk.csv", line: 3,
                "the file is not UTF-8 (GBK?); convert it with `iconv -f GBK -t UTF-8`")
        ) {
            try Self.decode("station-gbk.csv")
        }
    }

    @Test func aFileWithoutTheHeaderIsRejected() throws {
        let expected = "station,time,pollutant,value,flag"
        #expect(
            throws: Diagnostic(
                file: "x.csv", line: 1,
                "not a station CSV: the header must be \(expected), found \"date,hour,type,2610A\"")
        ) {
            try StationCSVDecoder.decode(
                Array("date,hour,type,2610A\n20250115,1,PM2.5,36\n".utf8), file: "x.csv", knownStations: Self.known)
        }
        #expect(throws: Diagnostic(file: "x.csv", line: nil, "the file is empty (expected the header \(expected))")) {
            try StationCSVDecoder.decode(Array("\n\n".utf8), file: "x.csv", knownStations: Self.known)
        }
        let headerOnly = try StationCSVDecoder.decode(
            Array("\(expected)\n".utf8), file: "x.csv", knownStations: Self.known)
        #expect(headerOnly.readings.isEmpty && headerOnly.problems.isEmpty)
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let text = """
            station,time,pollutant,value,flag
            2610A,2025-01-15T08:00,PM2.5,36,N
            2610A,"2025-01-15T09:00,PM2.5,37,N
            2610A,2025-01-15T10:00,PM2.5,38,N

            """
        let batch = try StationCSVDecoder.decode(Array(text.utf8), file: "q.csv", knownStations: Self.known)
        #expect(batch.readings == [Self.reading("2610A", .pm2_5, 15, 8, 36_000)])
        #expect(batch.problems.map(\.description) == ["q.csv:3: error: a quote opened here is never closed"])
    }

    @Test func valuesKeepThreeDecimalsRoundedHalfEven() throws {
        let text = """
            station,time,pollutant,value,flag
            2610A,2025-01-15T08:00,CO,1.2345,N
            2610A,2025-01-15T09:00,CO,1.2355,N
            2610A,2025-01-15T10:00,CO,99999999,N
            """
        let batch = try StationCSVDecoder.decode(Array(text.utf8), file: "r.csv", knownStations: Self.known)
        #expect(batch.readings.map(\.value) == [Concentration(milli: 1_234), Concentration(milli: 1_236)])
        #expect(batch.problems.map(\.description) == ["r.csv:4: error: value \"99999999\" is out of range"])
    }
}
