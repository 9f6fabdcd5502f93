import AQI
import Fetch
import Formats
import Foundation
import Store

/// An input that cannot be read or decoded at all stops the import, so that nothing is stored.
struct InputFailure: Error {
    let message: String
    let log: FetchLogEntry?
    /// The failure as `FILE:LINE: error:` when it is about a place in the file (printed as is).
    var diagnostic: Diagnostic?
}

/// One input read, decoded, screened and grouped by station, ready to be stored.
struct PreparedInput: Sendable {
    let name: String
    let log: FetchLogEntry?
    let readings: GroupedReadings
    let quality: QualityReport
    let problems: [Diagnostic]
    let stationsSeen: [StationCode]
}

/// The part of an import that needs no write lock: reading each input, decoding, screening and
/// grouping it, in input order. It runs on its own thread while the previous input is being stored.
struct InputPreparation: Sendable {
    /// The store's committed readings (never the import's own, still uncommitted).
    let readings: any CommittedReadings
    let http: any HTTPClient
    let clock: any Clock
    let format: SourceFormat
    let context: DecodeContext

    /// Prepares `inputs` in order and sends each; stops at the first failure (sent as such) or
    /// when the consumer stops listening.
    func prepare(_ inputs: [String], send: (Result<PreparedInput, any Error>) -> Bool) {
        // The quality checks look back over the readings just before (QualityControl): the
        // previous input's, or for the first input the store's current ones.
        var preceding: [Reading] = []
        for input in inputs {
            let result = Result { try prepare(input, preceding: &preceding) }
            guard send(result), case .success = result else { return }
        }
    }

    private func prepare(_ input: String, preceding: inout [Reading]) throws -> PreparedInput {
        let source = try load(input)
        let batch: DecodedBatch
        do {
            batch = try format.decode(source.bytes, file: source.name, context: context)
        } catch {
            throw InputFailure(
                message: "\(error.description) — nothing was imported; fix or leave out this file",
                log: source.log?.with(error: error.message),
                diagnostic: Diagnostic(
                    file: error.file, line: error.line,
                    "\(error.message) — nothing was imported; fix or leave out this file"))
        }
        if preceding.isEmpty, let first = batch.readings.map(\.hour).min() {
            // A committed snapshot: this thread never sees the import's own uncommitted rows.
            var stations = StationNumbering()
            for reading in batch.readings { _ = stations.number(of: reading.station) }
            preceding = try readings.currentReadings(
                stations: stations.codes,
                hours: first.adding(hours: -24)...first.adding(hours: -1))
        }
        let (screened, quality) = QualityControl.standard.screen(batch.readings, preceding: preceding)
        preceding = screened
        return PreparedInput(
            name: source.name, log: source.log, readings: try GroupedReadings(screened), quality: quality,
            problems: batch.problems,
            stationsSeen: batch.stationsSeen)
    }
}
