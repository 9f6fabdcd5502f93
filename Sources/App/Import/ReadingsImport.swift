import AQI
import Fetch
import Formats
import Foundation
import Store

/// `airbulletin import`: reads upstream files or URLs in one format, checks every row, flags
/// implausible values, and stores the readings append-only, all files in ONE transaction.
public struct ReadingsImport {
    public struct Request: Sendable {
        public var format: SourceFormat
        /// Paths, `file://` or http(s) URLs.
        public var inputs: [String]
        /// A national station list CSV whose stations are registered first.
        public var stationList: String?
        /// For OpenAQ pages, which name no station: the station they are for.
        public var station: StationCode?

        public init(format: SourceFormat, inputs: [String], stationList: String? = nil, station: StationCode? = nil) {
            self.format = format
            self.inputs = inputs
            self.stationList = stationList
            self.station = station
        }
    }

    /// What an import did, file by file and in all.
    public struct Report: Sendable {
        public var lines: [String] = []
        public var problems: [Diagnostic] = []
        public var counts = ImportCounts()
        public var rejected = 0
        public var quality = QualityReport()
        public var stations = Set<StationCode>()
        public var skippedUnknownStations = Set<StationCode>()

        /// The one-line summary, e.g. `imported 31 files: 232,128 readings — added …`.
        public func summary(files: Int) -> String {
            let total = counts.added + counts.changed + counts.unchanged
            return
                "imported \(files) file\(files == 1 ? "" : "s"): \(total.grouped) readings of \(stations.count) stations"
                + " — added \(counts.added.grouped), changed \(counts.changed.grouped), unchanged \(counts.unchanged.grouped),"
                + " rejected \(rejected.grouped); \(quality.summary)"
        }
    }

    let store: Store
    let http: any HTTPClient
    let clock: any Clock
    /// Stations of the configuration, known to every decoder.
    let configuredStations: Set<StationCode>
    let checkpoint: ImportCheckpoint?

    public init(
        store: Store, http: any HTTPClient, clock: any Clock, configuredStations: Set<StationCode>,
        checkpoint: ImportCheckpoint? = nil
    ) {
        self.store = store
        self.http = http
        self.clock = clock
        self.configuredStations = configuredStations
        self.checkpoint = checkpoint
    }

    /// Runs the import; `progress` receives a line per file as it is stored.
    public func run(_ request: Request, progress: (String) -> Void = { _ in }) throws -> Report {
        var report = Report()
        var known = configuredStations
        if let list = request.stationList {
            let registered = try registerStationList(list, report: &report)
            known.formUnion(registered)
            progress(report.lines.last!)
        }
        known.formUnion(try store.stations().map(\.code))
        let context = DecodeContext(knownStations: known, station: request.station)
        do {
            let files = try store.importSession(checkpoint: checkpoint) { session in
                try importEach(request, context: context, known: known, session: session, progress: progress)
            }
            report.lines += files.lines
            report.problems += files.problems
            report.counts = files.counts
            report.rejected = files.rejected
            report.quality = files.quality
            report.stations = files.stations
            report.skippedUnknownStations = files.skippedUnknownStations
        } catch let failure as InputFailure {
            // Nothing was stored; the failed request is still logged, in its own transaction.
            if let log = failure.log { try store.appendFetchLog(log) }
            throw UsageError(failure.message)
        }
        return report
    }

    /// An input that cannot be read at all stops the import, so that nothing is stored.
    struct InputFailure: Error {
        let message: String
        let log: FetchLogEntry?
    }

    /// Decodes, screens and stores each input in turn inside the session's transaction.
    private func importEach(
        _ request: Request, context: DecodeContext, known: Set<StationCode>, session: ImportSession,
        progress: (String) -> Void
    ) throws -> Report {
        var report = Report()
        var preceding: [Reading] = []
        for input in request.inputs {
            let source = try load(input)
            let batch: DecodedBatch
            do {
                batch = try request.format.decode(source.bytes, file: source.name, context: context)
            } catch {
                throw InputFailure(
                    message: "\(error.description) — nothing was imported; fix or leave out this file",
                    log: source.log?.with(error: error.message))
            }
            if preceding.isEmpty, let first = batch.readings.map(\.hour).min() {
                preceding = try store.currentReadings(
                    stations: Array(Set(batch.readings.map(\.station))),
                    hours: first.adding(hours: -24)...first.adding(hours: -1))
            }
            let (screened, quality) = QualityControl.standard.screen(batch.readings, preceding: preceding)
            preceding = screened
            let counts = try session.importReadings(screened, source: source.name, fetchedAt: clock.now())
            let rejected = batch.problems.filter { $0.severity == .error }.count
            report.problems += batch.problems
            report.rejected += rejected
            report.quality.merge(quality)
            report.stations.formUnion(screened.map(\.station))
            report.skippedUnknownStations.formUnion(batch.stationsSeen.filter { !known.contains($0) })
            if let log = source.log { try session.appendFetchLog(log.with(counts: counts, rejected: rejected)) }
            report.lines.append(
                "\(source.name): \(screened.count.grouped) readings — added \(counts.added.grouped), changed \(counts.changed.grouped),"
                    + " unchanged \(counts.unchanged.grouped), rejected \(rejected.grouped)")
            progress(report.lines.last!)
        }
        report.counts = session.counts
        return report
    }

    /// Registers the stations of a national list; returns their codes.
    private func registerStationList(_ path: String, report: inout Report) throws -> Set<StationCode> {
        let bytes = try Self.readFile(path)
        let (entries, problems) = try StationListDecoder.decode(bytes, file: path)
        report.problems += problems
        let records = entries.map {
            StationRecord(
                code: $0.code, name: $0.name, city: $0.city, latitude: $0.latitude, longitude: $0.longitude,
                role: $0.isControl ? .control : .assessment, active: true, areaCodes: [])
        }
        let registration = try store.registerListedStations(records)
        report.lines.append("\(path): \(entries.count.grouped) stations — \(registration)")
        return Set(entries.map(\.code))
    }
}

extension Int {
    /// 1234567 → "1,234,567".
    var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out += "," }
            out.append(ch)
        }
        return (self < 0 ? "-" : "") + out
    }
}
