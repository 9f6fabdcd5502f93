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

        /// Rows were rejected and none was accepted: the import did nothing it was asked to, and
        /// the command exits 1 (a caller's script must not take it for success).
        public var storedNothing: Bool { rejected > 0 && total == 0 }

        private var total: Int { counts.added + counts.changed + counts.unchanged }

        /// The one-line summary, e.g. `imported 31 files: 232,128 readings — added …`, ending
        /// `; nothing was stored: no row was accepted` when `storedNothing`.
        public func summary(files: Int) -> String {
            "imported \(files) file\(files == 1 ? "" : "s"): \(total.grouped) readings of \(stations.count) stations"
                + " — added \(counts.added.grouped), changed \(counts.changed.grouped), unchanged \(counts.unchanged.grouped),"
                + " rejected \(rejected.grouped); \(quality.summary)"
                + (storedNothing ? "; nothing was stored: no row was accepted" : "")
        }
    }

    /// SQLite or PostgreSQL (`StoreOpening.openForImport`): the import does not care which.
    let store: any ReadingsImportTarget
    let http: any HTTPClient
    let clock: any Clock
    /// Stations of the configuration, known to every decoder.
    let configuredStations: Set<StationCode>
    let checkpoint: ImportCheckpoint?

    /// - Parameter store: an SQLite file store (not an in-memory one: the inputs are screened against
    ///   readings read on another thread while the import's write is open, which an in-memory
    ///   store serialises behind it) or a PostgreSQL store.
    public init(
        store: any ReadingsImportTarget, http: any HTTPClient, clock: any Clock, configuredStations: Set<StationCode>,
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
        known.formUnion(try store.stationCodes())
        let context = DecodeContext(knownStations: known, station: request.station)
        do {
            let files = try store.withImportSession(checkpoint: checkpoint) { session in
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
            if let diagnostic = failure.diagnostic { throw diagnostic }
            throw UsageError(failure.message)
        }
        return report
    }

    /// Stores each input inside the session's transaction while the next one is read, decoded and
    /// screened on another thread (`InputPreparation`); the inputs are stored in the order given.
    private func importEach(
        _ request: Request, context: DecodeContext, known: Set<StationCode>, session: any ReadingsImportSession,
        progress: (String) -> Void
    ) throws -> Report {
        var report = Report()
        let preparation = InputPreparation(
            readings: store.committedReadings(), http: http, clock: clock, format: request.format, context: context)
        let inputs = request.inputs
        try withProducerThread(
            produce: { handoff in preparation.prepare(inputs) { handoff.send($0) } },
            consume: { handoff in
                while let result = handoff.receive() {
                    try record(result.get(), known: known, session: session, into: &report, progress: progress)
                }
            })
        report.counts = session.counts
        return report
    }

    private func record(
        _ input: PreparedInput, known: Set<StationCode>, session: any ReadingsImportSession, into report: inout Report,
        progress: (String) -> Void
    ) throws {
        let counts = try session.importReadings(input.readings, source: input.name, fetchedAt: clock.now())
        let rejected = input.problems.filter { $0.severity == .error }.count
        report.problems += input.problems
        report.rejected += rejected
        report.quality.merge(input.quality)
        report.stations.formUnion(input.readings.stations)
        report.skippedUnknownStations.formUnion(input.stationsSeen.filter { !known.contains($0) })
        if let log = input.log { try session.appendFetchLog(log.with(counts: counts, rejected: rejected)) }
        report.lines.append(
            "\(input.name): \(input.readings.count.grouped) readings — added \(counts.added.grouped), changed \(counts.changed.grouped),"
                + " unchanged \(counts.unchanged.grouped), rejected \(rejected.grouped)")
        progress(report.lines.last!)
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
    var grouped: String { groupedThousands }
}
