import AQI
import Fetch
import Formats
import Testing

@Suite struct SourceFormatTests {
    static let a = StationCode("2610A")!
    static let b = StationCode("2611A")!

    @Test func theFormatsAreNamedAsTheImportCommandTakesThem() {
        // hj212 is a source's adapter only: `import --format` refuses it (OptionValues.swift).
        #expect(SourceFormat.allCases.map(\.rawValue) == ["cnemc-archive", "openaq-v3", "station-csv", "hj212"])
        #expect(SourceFormat(rawValue: "station-csv") == .stationCSV)
    }

    @Test func theCNEMCArchiveKeepsItsMessagesAndOnlyTheKnownStations() throws {
        let name = "cnemc-malformed.csv"
        let bytes = try FixtureFiles.bytes(name)
        let batch = try SourceFormat.cnemcArchive.decode(
            bytes, file: name, context: DecodeContext(knownStations: [Self.a]))
        let table = try CNEMCArchiveDecoder.decode(bytes, file: name)
        #expect(batch.problems == table.problems)
        #expect(batch.readings == table.readings(file: name).readings.filter { $0.station == Self.a })
        #expect(batch.readings.count == 3)
        #expect(batch.stationsSeen == [Self.a, Self.b])
    }

    @Test func theStationCSVIsDecodedAgainstTheKnownStations() throws {
        let name = "station-malformed.csv"
        let bytes = try FixtureFiles.bytes(name)
        let context = DecodeContext(knownStations: [Self.a, Self.b])
        let batch = try SourceFormat.stationCSV.decode(bytes, file: name, context: context)
        let direct = try StationCSVDecoder.decode(bytes, file: name, knownStations: [Self.a, Self.b])
        #expect(batch.readings == direct.readings && batch.problems == direct.problems)
        #expect(batch.readings.count == 3 && batch.problems.count == 12)
    }

    @Test func anOpenAQPageNeedsAKnownStation() throws {
        let name = "openaq-hours-co-ppm.json"
        let bytes = try FixtureFiles.bytes(name)
        let batch = try SourceFormat.openAQv3.decode(
            bytes, file: name, context: DecodeContext(knownStations: [Self.a, Self.b], station: Self.b))
        #expect(batch.readings.map(\.station) == [Self.b, Self.b])
        #expect(batch.stationsSeen == [Self.b])
        #expect(
            throws: Diagnostic(
                file: name, line: nil,
                "an OpenAQ sensor page names no station: map its OpenAQ location to a station in the configuration")
        ) {
            try SourceFormat.openAQv3.decode(bytes, file: name, context: DecodeContext(knownStations: [Self.a]))
        }
        #expect(
            throws: Diagnostic(file: name, line: nil, "unknown station 2611A (not in the configured stations)")
        ) {
            try SourceFormat.openAQv3.decode(
                bytes, file: name, context: DecodeContext(knownStations: [Self.a], station: Self.b))
        }
    }
}
