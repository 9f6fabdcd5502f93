import AQI
import Formats
import Stations

/// The upstream formats `airbulletin import --format F` reads (ARCHITECTURE.md, CLI contract),
/// each a pure decoder from bytes to readings: the stations configuration's `adapter` names,
/// one type for both (`SourceAdapter`, defined in Stations).
public typealias SourceFormat = SourceAdapter

extension SourceAdapter {
    /// A CSV format, read line by line (`CSVLimits` applies); OpenAQ pages are JSON.
    public var isLineBased: Bool { self != .openAQv3 }

    /// Decodes one file. A file that cannot be read at all (not UTF-8, no header, not JSON,
    /// not this format) throws; a bad row becomes a problem with its line and the good rows
    /// are kept.
    public func decode(_ bytes: [UInt8], file: String, context: DecodeContext) throws(Diagnostic) -> DecodedBatch {
        switch self {
        case .cnemcArchive:
            let table = try CNEMCArchiveDecoder.decode(bytes, file: file)
            let (readings, columnProblems) = table.readings(file: file, of: context.knownStations)
            return DecodedBatch(
                readings: readings,
                problems: table.problems + columnProblems,
                stationsSeen: Set(table.columns.compactMap { StationCode($0) }).sorted())
        case .openAQv3:
            guard let station = context.station else {
                throw Diagnostic(
                    file: file, line: nil,
                    "an OpenAQ sensor page names no station: map its OpenAQ location to a station in the configuration")
            }
            guard context.knownStations.contains(station) else {
                throw Diagnostic(file: file, line: nil, "unknown station \(station) (not in the configured stations)")
            }
            let (readings, problems) = try OpenAQHoursDecoder.decode(bytes, file: file, station: station)
            return DecodedBatch(readings: readings, problems: problems, stationsSeen: [station])
        case .stationCSV:
            return try StationCSVDecoder.decode(bytes, file: file, knownStations: context.knownStations)
        case .hj212:
            throw Diagnostic(
                file: file, line: nil,
                "hj212 is not a file format: HJ 212 data loggers push their values to airbulletin receive")
        }
    }
}
