import AQI
import Formats

/// Decodes the long CSV a data logger or a provincial platform exports (docs/adapters.md):
///
///     station,time,pollutant,value,flag
///     2610A,2025-01-15T08:00,PM2.5,36,N
///
/// `time` is the END of the hour in China Standard Time; `value` is in µg/m³ (CO mg/m³) and may
/// be empty when the flag is not N; `flag` is an HJ 212 data flag (peers-and-disclosure.md
/// §1.4). UTF-8 with or without a BOM, LF or CRLF, RFC 4180 quoting. A bad row is reported
/// with its line and skipped; the good rows are kept.
public enum StationCSVDecoder {
    public static let header = ["station", "time", "pollutant", "value", "flag"]

    public static func decode(
        _ bytes: [UInt8], file: String, knownStations: Set<StationCode>
    ) throws(Diagnostic) -> DecodedBatch {
        if let line = TextEncoding.firstLineNotUTF8(bytes) {
            throw Diagnostic(
                file: file, line: line, "the file is not UTF-8 (GBK?); convert it with `iconv -f GBK -t UTF-8`")
        }
        var reader = CSVReader(bytes, limits: .standard)
        let expected = header.joined(separator: ",")
        guard let first = reader.next() else {
            if let limit = reader.exceededLimit { throw Diagnostic(file: file, line: limit.line, limit.message) }
            throw Diagnostic(file: file, line: nil, "the file is empty (expected the header \(expected))")
        }
        guard first.fields == header else {
            throw Diagnostic(
                file: file, line: first.line,
                "not a station CSV: the header must be \(expected), found \(Excerpt(first.fields.joined(separator: ",")))"
            )
        }
        var problems: [Diagnostic] = []
        var latest = LatestReadings()
        var seen = Set<StationCode>()
        func read(_ record: CSVReader.Record) {
            switch readRow(record.fields, knownStations: knownStations) {
            case .success(let reading):
                seen.insert(reading.station)
                if let previous = latest.insert(reading, origin: record.line) {
                    problems.append(
                        Diagnostic(
                            file: file, line: record.line,
                            "duplicate of line \(previous) (\(reading.station) \(reading.pollutant.label) "
                                + "\(reading.hour.endISO)); this later row is kept",
                            severity: .warning))
                }
            case .failure(let problem):
                if let code = problem.station { seen.insert(code) }
                problems.append(Diagnostic(file: file, line: record.line, problem.message))
            }
        }
        // Each record is read as it comes, one behind the reader: an unclosed quote swallows the
        // rest of the file into the last record, which is then reported, not read.
        var pending: CSVReader.Record?
        while let record = reader.next() {
            if let pending { read(pending) }
            pending = record
        }
        if let limit = reader.exceededLimit { throw Diagnostic(file: file, line: limit.line, limit.message) }
        if let line = reader.unterminatedQuoteLine {
            problems.append(Diagnostic(file: file, line: line, "a quote opened here is never closed"))
        } else if let pending {
            read(pending)
        }
        return DecodedBatch(readings: latest.readings, problems: problems, stationsSeen: seen.sorted())
    }

    struct RowProblem: Error {
        let message: String
        /// The row's station when its code was well formed.
        var station: StationCode?
    }

    static func readRow(_ f: [String], knownStations: Set<StationCode>) -> Result<Reading, RowProblem> {
        guard f.count == header.count else {
            return .failure(
                RowProblem(message: "expected 5 columns (\(header.joined(separator: ","))), found \(f.count)"))
        }
        guard let station = StationCode(f[0]) else {
            return .failure(RowProblem(message: "\(Excerpt(f[0])) is not a station code (letters, digits, - and _)"))
        }
        guard knownStations.contains(station) else {
            return .failure(
                RowProblem(
                    message: "unknown station \(station) (not in the configured stations; add it or correct the code)",
                    station: station))
        }
        guard let time = ISODateTime(f[1]) else {
            return .failure(
                RowProblem(
                    message: "bad time \(Excerpt(f[1])) (expected the end of the hour in China Standard Time, "
                        + "e.g. 2025-01-15T08:00 or 2025-01-15 08:00)",
                    station: station))
        }
        guard let hour = time.endOfHour else {
            return .failure(
                RowProblem(
                    message: "time \(Excerpt(f[1])) is not on the hour (an hourly value is labelled by the end of its "
                        + "hour, minutes 00)",
                    station: station))
        }
        guard let pollutant = Pollutant(sourceName: f[2]) else {
            return .failure(
                RowProblem(
                    message: "unknown pollutant \(Excerpt(f[2])) (expected SO2, NO2, CO, O3, PM10, PM2.5 "
                        + "or an HJ 212 code: \(Pollutant.hj212Codes.map(\.code).joined(separator: ", ")))",
                    station: station))
        }
        guard let flag = ReadingFlag(rawValue: f[4]), hj212Flags.contains(flag) else {
            return .failure(
                RowProblem(
                    message: "bad flag \(Excerpt(f[4])) (expected an HJ 212 data flag: "
                        + "\(hj212Flags.map(\.rawValue).joined(separator: ", ")))",
                    station: station))
        }
        var value: Concentration?
        if f[3].isEmpty {
            guard flag != .normal else {
                return .failure(
                    RowProblem(message: "empty value with flag N (a normal value needs a number)", station: station))
            }
        } else {
            guard let decimal = try? ExactDecimal(parsing: f[3]) else {
                return .failure(
                    RowProblem(
                        message: "value \(Excerpt(f[3])) is not a number (\(pollutant.label) in \(pollutant.unit), "
                            + "e.g. 36 or 0.6)",
                        station: station))
            }
            guard let concentration = Concentration(decimal) else {
                return .failure(RowProblem(message: "value \(Excerpt(f[3])) is out of range", station: station))
            }
            value = concentration
        }
        return .success(Reading(station: station, pollutant: pollutant, hour: hour, value: value, flag: flag))
    }

    /// The flags an upstream may send; the QC marks are ours.
    static let hj212Flags: [ReadingFlag] = [
        .normal, .stopped, .maintenance, .manual, .fault, .calibration, .overRange, .communication,
    ]
}
