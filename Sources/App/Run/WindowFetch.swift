import AQI
import Fetch
import Formats
import Foundation
import Identity
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
        let fetchedAt: Instant
        let readings: [Reading]
        let rejected: Int
        let log: FetchLogEntry
        /// The attempts before the last, each with its status and the wait that followed.
        var retriedLogs: [FetchLogEntry] = []
    }

    struct Collected {
        var batches: [Batch] = []
        var failed: [String] = []
        var problems: [String] = []
        var quality = QualityReport()
        /// The (area, file date) pairs whose request failed: their hours may be missing.
        var failedDates = Set<AreaFile>()
        /// Every request made (a failed one too has a batch, with its fetch-log row).
        var requests: Int { batches.count }
        /// The (area, file date) pairs fetched successfully.
        var fetchedDates = Set<AreaFile>()
        /// Requests that failed and were tried again, with their status and wait.
        var retried: [String] = []

        /// Whether an area's file of `date` came in whole (fetched, and no request for it failed).
        func has(area: AreaCode, date: LocalDate) -> Bool {
            let key = AreaFile(area: area, date: date)
            return fetchedDates.contains(key) && !failedDates.contains(key)
        }
        var readings: [Reading] { batches.flatMap(\.readings) }
    }

    /// The file dates a daily-file source needs for the hours `window`: a file for date X holds
    /// the hours ending X 00:00 … X 23:00 (the archive's `date,hour`).
    static func fileDates(for window: ClosedRange<HourStamp>) -> [LocalDate] {
        let first = window.lowerBound.endClock.date
        let last = window.upperBound.endClock.date
        return (first.dayNumber...last.dayNumber).map(LocalDate.init(dayNumber:))
    }

    /// An area's upstream file of one date.
    struct AreaFile: Hashable {
        let area: AreaCode
        let date: LocalDate
    }

    /// Fetches the files of `dates` (by area code) of every source of the areas. A URL two areas
    /// share (a provincial file) is fetched once and counts for both.
    func collect(
        areas: [AreaContext], dates: [AreaCode: [LocalDate]], preceding: [Reading], progress: (String) -> Void
    ) -> Collected {
        var collected = Collected()
        var seen: [String: Bool] = [:]
        let known = Set(areas.flatMap(\.stationCodes))
        for area in areas {
            for source in area.config.sources {
                guard let url = source.url else {
                    // An hj212 source: its stations pushed their hours to `airbulletin receive`, so the
                    // day's readings are in the store already and the day counts as come in.
                    for date in dates[area.code] ?? [] {
                        collected.fetchedDates.insert(AreaFile(area: area.code, date: date))
                    }
                    continue
                }
                for date in dates[area.code] ?? [] {
                    let stations: [StationCode?] = url.usesStation ? area.stationCodes : [nil]
                    for station in stations {
                        let target: SourceTarget
                        do {
                            target = try source.target(
                                date: date, station: station, area: area.config.code, environment: environment)
                        } catch {
                            collected.problems.append("source \"\(source.id)\": \(error.message)")
                            collected.failed.append(error.message)
                            collected.failedDates.insert(AreaFile(area: area.code, date: date))
                            continue
                        }
                        let succeeded =
                            seen[target.url]
                            ?? fetch(
                                target, station: station, known: known, preceding: preceding, into: &collected,
                                progress: progress)
                        seen[target.url] = succeeded
                        let key = AreaFile(area: area.code, date: date)
                        if succeeded { collected.fetchedDates.insert(key) } else { collected.failedDates.insert(key) }
                    }
                }
            }
        }
        return collected
    }

    /// One request: true when its file came in and was decoded.
    private func fetch(
        _ target: SourceTarget, station: StationCode?, known: Set<StationCode>, preceding: [Reading],
        into collected: inout Collected, progress: (String) -> Void
    ) -> Bool {
        let started = clock.now()
        let request = HTTPRequest(
            url: target.url,
            headers: target.headers.map { HTTPHeader(name: $0.name, value: $0.value, isSecret: $0.isSecret) },
            secretParameters: Set(target.secretQueryParameters), caBundle: target.source.caBundle,
            retryPolicy: retryPolicy)
        func fail(_ message: String, status: Int?, bytes: Int, retried: [FetchLogEntry]) -> Bool {
            collected.failed.append(message)
            progress("fetch failed: \(message)")
            collected.batches.append(
                Batch(
                    source: target.source.id, fetchedAt: started, readings: [], rejected: 0,
                    log: FetchLogEntry(
                        fetchedAt: started, source: target.source.id, url: target.redactedURL,
                        httpStatus: status, error: message, bytes: bytes, durationMilliseconds: 0,
                        attempt: retried.count + 1),
                    retriedLogs: retried))
            return false
        }
        func noteRetries(_ attempts: [HTTPAttempt]) -> [FetchLogEntry] {
            attempts.map { attempt in
                let what = attempt.status.map { "HTTP \($0)" } ?? attempt.error ?? "no answer"
                let line =
                    "retried: GET \(attempt.url.description): \(what) on attempt \(attempt.number); "
                    + "waited \(Self.seconds(attempt.waited)) before the next"
                collected.retried.append(line)
                progress(line)
                return FetchLogEntry(
                    fetchedAt: started, source: target.source.id, url: attempt.url.description,
                    httpStatus: attempt.status, error: attempt.error ?? (attempt.status == nil ? what : nil),
                    bytes: 0, durationMilliseconds: Int(attempt.duration.milliseconds), attempt: attempt.number,
                    waitedMilliseconds: Int(attempt.waited.milliseconds))
            }
        }
        let response: HTTPResponse
        do {
            response = try http.fetch(request)
        } catch {
            return fail(error.description, status: nil, bytes: 0, retried: noteRetries(error.retried))
        }
        let retriedLogs = noteRetries(response.retried)
        let format = target.source.adapter
        let batch: DecodedBatch
        do {
            batch = try format.decode(
                response.body, file: target.redactedURL, context: DecodeContext(knownStations: known, station: station))
        } catch {
            return fail(error.description, status: response.status, bytes: response.body.count, retried: retriedLogs)
        }
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
                    durationMilliseconds: Int(response.duration.milliseconds), rejected: rejected,
                    attempt: retriedLogs.count + 1),
                retriedLogs: retriedLogs))
        return true
    }

    /// The stage as `run` and `republish` use it: the files of `dates` (by area code), the quality
    /// control looking back over the stored day before `first`, the hour the fetched files begin.
    static func collect(
        areas: [AreaContext], dates: [AreaCode: [LocalDate]], from first: HourStamp, store: any PublicationStore,
        configuration: Configuration, http: any HTTPClient, clock: any Clock, environment: [String: String],
        progress: (String) -> Void
    ) throws -> Collected {
        let preceding = try store.currentReadings(
            stations: areas.flatMap(\.stationCodes), hours: first.adding(hours: -24)...first.adding(hours: -1))
        return WindowFetch(
            http: http, clock: clock, environment: environment,
            retryPolicy: RetryPolicy(maxAttempts: configuration.fetchAttempts)
        )
        .collect(areas: areas, dates: dates, preceding: preceding, progress: progress)
    }

    /// `1.2 s`, for a retry's wait.
    static func seconds(_ duration: Duration) -> String {
        let ms = Int(duration.milliseconds)
        return "\(ms / 1000).\((ms % 1000) / 100) s"
    }

    /// Imports the collected batches and their fetch-log rows in one transaction.
    static func store(_ collected: Collected, into store: any PublicationStore) throws -> ImportCounts {
        try store.withImportSession(checkpoint: nil) { session in
            for batch in collected.batches {
                for retried in batch.retriedLogs { try session.appendFetchLog(retried) }
                var log = batch.log
                if log.error == nil {
                    let counts = try session.importReadings(
                        try GroupedReadings(batch.readings), source: batch.source, fetchedAt: batch.fetchedAt)
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
