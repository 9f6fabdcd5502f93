import AQI
import Fetch
import Formats
import Testing

/// Hostile sizes (docs/adapters.md, Limits): a line past 1 MiB or a header past the column limit
/// refuses the file while it is read, and a bad field is quoted as a short, marked excerpt.
@Suite struct InputLimitTests {
    static let known: Set<StationCode> = [StationCode("2610A")!, StationCode("2611A")!]
    static let header = "station,time,pollutant,value,flag\n"
    /// Five times the line limit, so that a reader that builds the line first is caught.
    static let fiveMiB = 5 << 20

    static func stationCSV(_ text: String) throws(Diagnostic) -> DecodedBatch {
        try StationCSVDecoder.decode(Array(text.utf8), file: "big.csv", knownStations: known)
    }

    // MARK: - station-csv

    @Test func aStationCSVLineOverTheLimitRefusesTheFile() {
        let line = "2610A,2025-01-15T08:00,PM2.5," + String(repeating: "1", count: Self.fiveMiB)
        let error = #expect(throws: Diagnostic.self) { try Self.stationCSV(Self.header + line + "\n") }
        #expect(
            error?.description
                == "big.csv:2: error: the line is longer than 1 MiB (1,048,576 bytes), the limit for one line; "
                + "it begins \"2610A,2025-01-15T08:00,PM2.5,11111111111…\"")
    }

    @Test func aStationCSVHeaderPastTheColumnLimitRefusesTheFile() {
        let header = Array(repeating: "a", count: 10_001).joined(separator: ",")
        #expect(
            throws: Diagnostic(file: "big.csv", line: 1, "the line has more than 10,000 fields, the limit for one line")
        ) {
            try Self.stationCSV(header + "\n")
        }
    }

    @Test func aStationCSVFieldIsQuotedAsAShortMarkedExcerpt() throws {
        let value = String(repeating: "1", count: 100_000) + "x"
        let batch = try Self.stationCSV(Self.header + "2610A,2025-01-15T08:00,PM2.5,\(value),N\n")
        #expect(
            batch.problems.map(\.description) == [
                "big.csv:2: error: value \"1111111111111111111111111111111111111111…\" (100,001 bytes) is not a number "
                    + "(PM2.5 in µg/m³, e.g. 36 or 0.6)"
            ])
        let wrongHeader = #expect(throws: Diagnostic.self) {
            try Self.stationCSV(String(repeating: "h", count: 50_000) + "\n")
        }
        #expect(
            wrongHeader?.description
                == "big.csv:1: error: not a station CSV: the header must be station,time,pollutant,value,flag, found "
                + "\"hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh…\" (50,000 bytes)")
    }

    // MARK: - cnemc-archive

    @Test func aCNEMCLineOverTheLimitRefusesTheFile() {
        let row = "20250115,1,PM2.5," + String(repeating: "9", count: Self.fiveMiB)
        let error = #expect(throws: Diagnostic.self) {
            try CNEMCArchiveDecoder.decode(Array("date,hour,type,2610A\n\(row)\n".utf8), file: "big.csv")
        }
        #expect(
            error?.description
                == "big.csv:2: error: the line is longer than 1 MiB (1,048,576 bytes), the limit for one line; "
                + "it begins \"20250115,1,PM2.5,99999999999999999999999…\"")
        // A file of one line and no newline is refused at its header.
        let one = #expect(throws: Diagnostic.self) {
            try CNEMCArchiveDecoder.decode(Array(repeating: UInt8(ascii: ","), count: Self.fiveMiB), file: "big.csv")
        }
        #expect(one?.line == 1)
    }

    @Test func aCNEMCHeaderPastTheColumnLimitRefusesTheFile() {
        let codes = (0...10_000).map { "S\($0)" }.joined(separator: ",")
        #expect(
            throws: Diagnostic(
                file: "big.csv", line: 1,
                "the header has more than 10,000 station columns, the limit (the national file has about 2,000)")
        ) {
            try CNEMCArchiveDecoder.decode(Array("date,hour,type,\(codes)\n".utf8), file: "big.csv")
        }
        // Empty columns count too: they cost as much as named ones.
        #expect(throws: Diagnostic.self) {
            try CNEMCArchiveDecoder.decode(
                Array(("date,hour,type" + String(repeating: ",", count: 10_001)).utf8), file: "big.csv")
        }
    }

    @Test func aCNEMCFieldIsQuotedAsAShortMarkedExcerpt() throws {
        let cell = String(repeating: "7", count: 100_000) + "x"
        let table = try CNEMCArchiveDecoder.decode(
            Array("date,hour,type,2610A\n20250115,1,PM2.5,\(cell)\n20250115,1\(cell),PM2.5,3\n".utf8), file: "big.csv")
        #expect(
            table.problems.map(\.description) == [
                "big.csv:2: error: column 2610A: \"7777777777777777777777777777777777777777…\" (100,001 bytes) is not "
                    + "a number",
                "big.csv:3: error: bad hour \"1777777777777777777777777777777777777777…\" (100,002 bytes) "
                    + "(expected 0–23)",
            ])
    }

    // MARK: - the station list

    @Test func aStationListLineOverTheLimitRefusesTheFileAndLongNamesAreRejected() throws {
        let header = "监测点编码,监测点名称,城市,经度,纬度,对照点\n"
        let error = #expect(throws: Diagnostic.self) {
            try StationListDecoder.decode(
                Array((header + String(repeating: "x", count: Self.fiveMiB)).utf8), file: "list.csv")
        }
        #expect(error?.line == 2)
        let name = String(repeating: "站", count: 1_000)
        let (entries, problems) = try StationListDecoder.decode(
            Array((header + "2610A,\(name),文山州,104.2533,23.3594,N\n2611A,市便民服务中心,文\t山州,104.2,23.3,N\n").utf8),
            file: "list.csv")
        #expect(entries.isEmpty)
        #expect(
            problems.map(\.description) == [
                "list.csv:2: error: 2610A: the name is 1,000 characters long; at most 100",
                "list.csv:3: error: 2611A: the city has a control character (a line break or a tab?)",
            ])
    }
}
