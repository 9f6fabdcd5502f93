import AQI
import Fetch
import Formats
import Foundation
import Stations
import Store

/// Fetches every source of the given areas for the hours of a window. `collect` fetches,
/// decodes and screens into memory (a dry run stops there); `store` imports what was collected
/// in one transaction, each request with its fetch-log row. A failed request is reported and
/// the others go on.
struct WindowFetch {
    let http: any HTTPClient
    let clock: any Clock
    let environment: [String: String]
    let retryPolicy: RetryPolicy

    /// What one request brought.
    struct Batch {
        let source: String
        let fetchedAt: Int
        let readings: [Reading]
        let rejected: Int
        let log: FetchLogEntry
    }

    struct Collected {
        var batches: [Batch] = []
        var failed: [String] = []
        var problems: [String] = []
        var quality = QualityReport()
        /// File dates whose request failed: their hours may be missing.
        var failedDates = Set<LocalDate>()
        /// Every request made (a failed one too has a batch, with its fetch-log row).
        var requests: Int { batches.count }
        /// File dates fetched successfully.
        var fetchedDates = Set<LocalDate>()
        var readings: [Reading] { batches.flatMap(\.readings) }
    }

    /// The file dates a daily-file source needs for the hours `window`: a file for date X holds
    /// the hours ending X 00:00 … X 23:00 (the archive's `date,hour`).
    static func fileDates(for window: ClosedRange<HourStamp>) -> [LocalDate] {
        let first = window.lowerBound.endClock.date
        let last = window.upperBound.endClock.date
        return (first.dayNumber...last.dayNumber).map(LocalDate.init(dayNumber:))
    }

    func collect(areas: [AreaContext], window: ClosedRange<HourStamp>, preceding: [Reading], progress: (String) -> Void)
        -> Collected
    {
        var collected = Collected()
        var seen = Set<String>()
        let known = Set(areas.flatMap(\.stationCodes))
        for area in areas {
            for source in area.config.sources {
                for date in Self.fileDates(for: window) {
                    let stations: [StationCode?] = source.url.usesStation ? area.stationCodes : [nil]
                    for station in stations {
                        let target: SourceTarget
                        do {
                            target = try source.target(
                                date: date, station: station, area: area.config.code, environment: environment)
                        } catch {
                            collected.problems.append("source \"\(source.id)\": \(error.message)")
                            collected.failed.append(error.message)
                            collected.failedDates.insert(date)
                            continue
                        }
                        guard seen.insert(target.url).inserted else { continue }
                        fetch(
                            target, date: date, station: station, known: known, preceding: preceding,
                            into: &collected, progress: progress)
                    }
                }
            }
        }
        return collected
    }

    private func fetch(
        _ target: SourceTarget, date: LocalDate, station: StationCode?, known: Set<StationCode>, preceding: [Reading],
        into collected: inout Collected, progress: (String) -> Void
    ) {
        let started = clock.now()
        let request = HTTPRequest(
            url: target.url,
            headers: target.headers.map { HTTPHeader(name: $0.name, value: $0.value, isSecret: $0.isSecret) },
            secretParameters: Set(target.secretQueryParameters), caBundle: target.source.caBundle,
            retryPolicy: retryPolicy)
        func fail(_ message: String, status: Int?, bytes: Int) {
            collected.failed.append(message)
            collected.failedDates.insert(date)
            progress("fetch failed: \(message)")
            collected.batches.append(
                Batch(
                    source: target.source.id, fetchedAt: started, readings: [], rejected: 0,
                    log: FetchLogEntry(
                        fetchedAt: started, source: target.source.id, url: target.redactedURL,
                        httpStatus: status, error: message, bytes: bytes, durationMilliseconds: 0)))
        }
        let response: HTTPResponse
        do {
            response = try http.fetch(request)
        } catch {
            return fail(error.description, status: nil, bytes: 0)
        }
        let format = SourceFormat(rawValue: target.source.adapter.rawValue)!
        let batch: DecodedBatch
        do {
            batch = try format.decode(
                response.body, file: target.redactedURL, context: DecodeContext(knownStations: known, station: station))
        } catch {
            return fail(error.description, status: response.status, bytes: response.body.count)
        }
        collected.fetchedDates.insert(date)
        let (screened, quality) = QualityControl.standard.screen(batch.readings, preceding: preceding)
        let rejected = batch.problems.filter { $0.severity == .error }.count
        collected.problems += batch.problems.map(\.description)
        collected.quality.merge(quality)
        collected.batches.append(
            Batch(
                source: target.source.id, fetchedAt: started, readings: screened, rejected: rejected,
                log: FetchLogEntry(
                    fetchedAt: started, source: target.source.id, url: response.finalURL.description,
                    httpStatus: response.status, bytes: response.body.count,
                    durationMilliseconds: Int(response.duration.milliseconds), rejected: rejected)))
    }

    /// Imports the collected batches and their fetch-log rows in one transaction.
    static func store(_ collected: Collected, into store: Store) throws -> ImportCounts {
        try store.importSession { session in
            for batch in collected.batches {
                var log = batch.log
                if log.error == nil {
                    let counts = try session.importReadings(
                        batch.readings, source: batch.source, fetchedAt: batch.fetchedAt)
                    log.readingsAdded = counts.added
                    log.readingsChanged = counts.changed
                    log.readingsUnchanged = counts.unchanged
                }
                try session.appendFetchLog(log)
            }
            return session.counts
        }
    }
}
