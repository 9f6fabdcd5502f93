import AQI
import Fetch
import Formats
import Foundation
import Testing

@Suite struct CNEMCArchiveDecoderTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return Array(try Data(contentsOf: url))
    }

    @Test func malformedRowsAreReportedWithTheirLineAndTheGoodRowsKept() throws {
        let table = try CNEMCArchiveDecoder.decode(try Self.fixture("cnemc-malformed.csv"), file: "cnemc-malformed.csv")
        #expect(
            table.problems.map(\.description) == [
                "cnemc-malformed.csv:5: error: expected 5 columns, found 4",
                "cnemc-malformed.csv:6: error: column 2610A: \"abc\" is not a number",
                "cnemc-malformed.csv:7: error: bad hour \"25\" (expected 0–23)",
                "cnemc-malformed.csv:8: error: unknown type \"O3_9h\" (expected one of AQI, PM2.5, PM2.5_24h, PM10, PM10_24h, SO2, SO2_24h, NO2, NO2_24h, O3, O3_24h, O3_8h, O3_8h_24h, CO, CO_24h)",
            ])
        #expect(table.rows.map(\.series) == [.aqi, .pm2_5, .co, .no2])
        #expect(table.value(row: 2, column: 0) == Concentration(milli: 600))
        #expect(table.value(row: 2, column: 1) == nil)
        let (readings, problems) = table.readings(file: "cnemc-malformed.csv")
        #expect(problems.isEmpty)
        // AQI rows are derived values and not readings; the empty CO cell is no reading.
        #expect(readings.count == 5)
        #expect(
            readings.first
                == Reading(
                    station: StationCode("2610A")!, pollutant: .pm2_5,
                    hour: HourStamp(date: LocalDate(year: 2025, month: 1, day: 15), endingAt: 1),
                    value: Concentration(milli: 51_000)))
        // The last line has no final newline and is still read.
        #expect(readings.last?.value == Concentration(milli: 13_000))
    }

    @Test func hourZeroIsTheTwentyFourthHourOfThePreviousDay() throws {
        let table = try CNEMCArchiveDecoder.decode(try Self.fixture("cnemc-crlf.csv"), file: "cnemc-crlf.csv")
        #expect(table.problems.isEmpty)
        #expect(
            table.rows.map(\.hour.naturalDay) == [
                LocalDate(year: 2025, month: 1, day: 13), LocalDate(year: 2025, month: 1, day: 14),
            ])
        #expect(table.rows.map(\.hour.labelHour) == [24, 24])
        #expect(table.rows[1].hour.endISO == "2025-01-15T00:00:00+08:00")
    }

    @Test func aGBKFileIsRejectedWithAHint() throws {
        #expect(
            throws: Diagnostic(
                file: "cnemc-gbk.csv", line: 1, "the file is not UTF-8 (GBK?); convert it with `iconv -f GBK -t UTF-8`")
        ) {
            try CNEMCArchiveDecoder.decode(try Self.fixture("cnemc-gbk.csv"), file: "cnemc-gbk.csv")
        }
    }

    @Test func aFileThatIsNotAnArchiveFileIsRejected() {
        #expect(
            throws: Diagnostic(
                file: "x.csv", line: 1,
                "not a CNEMC archive file: the header must start with date,hour,type and name at least one column")
        ) {
            try CNEMCArchiveDecoder.decode(Array("station,time,pollutant,value\n".utf8), file: "x.csv")
        }
        #expect(
            throws: Diagnostic(file: "x.csv", line: 1, "the file is empty (expected a header starting date,hour,type)")
        ) {
            try CNEMCArchiveDecoder.decode([], file: "x.csv")
        }
    }

    /// Issue 11 (9): a code repeated in the header stored one station's readings under another.
    @Test func aColumnNamedTwiceRefusesTheFile() {
        #expect(
            throws: Diagnostic(
                file: "x.csv", line: 1,
                "the header names 2610A twice (columns 4 and 6); each station or city has one column")
        ) {
            try CNEMCArchiveDecoder.decode(
                Array("date,hour,type,2610A,2611A,2610A\n20250115,1,PM2.5,1,2,3\n".utf8), file: "x.csv")
        }
        // Columns that cannot be told apart: the same name in two Unicode spellings (NFC and NFD).
        #expect(
            throws: Diagnostic(
                file: "c.csv", line: 1,
                "the header names Mo\u{301}jiang twice (columns 4 and 5); each station or city has one column")
        ) {
            try CNEMCArchiveDecoder.decode(Array("date,hour,type,Mo\u{301}jiang,M\u{F3}jiang\n".utf8), file: "c.csv")
        }
    }

    /// A row repeated (same hour and type) is the upstream's correction, as in station-csv: the
    /// later row is kept with a warning, instead of two revisions of one value in one file.
    @Test func aRowRepeatedForTheSameHourAndTypeKeepsTheLaterOne() throws {
        let text = "date,hour,type,2610A\n20250115,1,PM2.5,36\n20250115,1,PM10,50\n20250115,1,PM2.5,38\n"
        let table = try CNEMCArchiveDecoder.decode(Array(text.utf8), file: "x.csv")
        #expect(
            table.problems.map(\.description) == [
                "x.csv:4: warning: duplicate of line 2 (PM2.5 2025-01-15T01:00:00+08:00); this later row is kept"
            ])
        #expect(
            table.readings(file: "x.csv").readings.map(\.value) == [
                Concentration(milli: 38_000), Concentration(milli: 50_000),
            ])
    }
}

@Suite struct StationListDecoderTests {
    @Test func blankOrDashCoordinatesAreUnknownAndBadOnesAreReported() throws {
        let text = """
            监测点编码,监测点名称,城市,经度,纬度,对照点
            2610A,州水务局,文山州,104.2533,23.3594,N
            1045A,市政府,秦皇岛,-,-,N
            1202A,某站,某市,,,N
            9999A,坏站,某市,500,1,N
            9998A,另站,某市,104.1,23.3,X
            """
        let (entries, problems) = try StationListDecoder.decode(Array(text.utf8), file: "list.csv")
        #expect(entries.map(\.code.rawValue) == ["2610A", "1045A", "1202A"])
        #expect(entries[0].latitude == 23.3594 && entries[1].latitude == nil && entries[2].longitude == nil)
        #expect(
            problems.map(\.description) == [
                "list.csv:5: error: 9999A: bad coordinates \"500\", \"1\"",
                "list.csv:6: error: 9998A: 对照点 must be Y or N, found \"X\"",
            ])
    }
}
