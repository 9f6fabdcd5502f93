import AQI
import Disclosure
import Fetch
import Foundation
import Postgres
import PostgresTestSupport
import Stations
import Store
import Synchronization

@testable import App

/// The morning run in process (issue 12): Wenshan's area on a temporary stations directory, an
/// upstream that serves the bundled sample from memory, a store (a temporary SQLite file, or a
/// database of its own on the PostgreSQL test cluster), a fixed clock, and a site whose swap can
/// be made to fail. No libcurl, no loopback server, no
/// subprocess: the stages' policy, decision by decision.
final class RunHarness {
    let directory: URL
    let backend: StoreBackend
    /// The PostgreSQL database, for `.postgres`.
    let scratch: PostgresScratch?
    private(set) var store: any PublicationStore
    let upstream = FakeUpstream()
    var configuration = Configuration()
    let areas: [AreaContext]
    /// Makes the site stage fail after the commit, as a crash before the swap would.
    let failSwap = Flag()

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    init(catchUpDays: Int = 2, backend: StoreBackend = .sqlite) throws {
        self.backend = backend
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("harness-\(UUID().uuidString)")
        let stations = directory.appendingPathComponent("stations")
        try FileManager.default.createDirectory(at: stations, withIntermediateDirectories: true)
        let shipped = try String(
            contentsOf: Self.packageRoot.appendingPathComponent("stations/wenshan.toml"), encoding: .utf8)
        try shipped.replacingOccurrences(of: "000000000000000000", with: "11532601MB0123456B")
            .replacingOccurrences(
                of: "url = \"file:sample/china_sites_{date:yyyyMMdd}.csv\"",
                with: "url = \"\(FakeUpstream.base)china_sites_{date:yyyyMMdd}.csv\"")
            .write(to: stations.appendingPathComponent("wenshan.toml"), atomically: true, encoding: .utf8)
        let load = StationsDirectory.load(path: stations.path, environment: [:])
        precondition(!load.hasErrors, "\(load.diagnostics)")
        areas = load.configuration.areas.map(AreaContext.init)
        configuration.stationsDirectory = stations.path
        configuration.database = directory.appendingPathComponent("var/air.sqlite").path
        configuration.site = directory.appendingPathComponent("public").path
        configuration.catchUpDays = catchUpDays
        configuration.fetchAttempts = 1
        switch backend {
        case .sqlite:
            scratch = nil
            store = try Store(path: configuration.database)
        case .postgres:
            let scratch = try PostgresScratch(prefix: "app_")
            self.scratch = scratch
            store = try PostgresStore(url: scratch.url)
        }
        let sample = Self.packageRoot.appendingPathComponent("stations/sample")
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path) where name.hasPrefix("china_sites_") {
            upstream.files.withLock { $0[name] = Array(try! Data(contentsOf: sample.appendingPathComponent(name))) }
        }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// A new connection to the same database (after the server dropped the old one).
    func reopen() throws {
        store = try scratch.map { try PostgresStore(url: $0.url) } ?? Store(path: configuration.database)
    }

    /// The revisions not on the site yet, of the harness's areas.
    func unpublished() throws -> [BulletinRevision] { try store.unpublishedRevisions(areas: areas.map(\.code)) }

    /// `2025-01-14T07:10` China Standard Time.
    static func clock(_ text: String) -> FixedClock {
        let parts = text.split(separator: "T")
        let date = LocalDate(iso: parts[0])!
        let time = parts[1].split(separator: ":").map { Int($0)! }
        return FixedClock(Instant(china: date, hour: time[0], minute: time[1]))
    }

    /// One morning's run of day `date` at `now`.
    func run(_ date: String, at now: String, catchUp: Int? = nil) throws -> RunReport {
        let clock = Self.clock(now)
        var site = SitePublication.standard(
            store: store, configuration: configuration, calendar: .builtin, clock: clock)
        let failSwap = self.failSwap
        site.beforeSwap = {
            if failSwap.isSet { throw InjectedFailure() }
        }
        let job = DailyRun(
            configuration: configuration, areas: areas, siteAreas: areas, store: store, site: site, http: upstream,
            clock: clock, environment: [:], operatorName: "cron")
        return try job.run(date: LocalDate(iso: date)!, catchUpDays: catchUp)
    }

    func outcomes(_ report: RunReport) -> [String: RunReport.AreaDay.Outcome] {
        Dictionary(uniqueKeysWithValues: report.areaDays.map { ($0.date.description, $0.outcome) })
    }

    func page(_ path: String) -> String? {
        try? String(contentsOf: URL(fileURLWithPath: configuration.site).appendingPathComponent(path), encoding: .utf8)
    }

    struct InjectedFailure: Error, CustomStringConvertible {
        var description: String { "injected failure before the site swap" }
    }
}

/// An upstream that serves files by name from memory, or is down; it records every URL asked for.
final class FakeUpstream: HTTPClient {
    static let base = "https://upstream.test/air/"
    let files = Mutex<[String: [UInt8]]>([:])
    let down = Flag()
    let requested = Mutex<[String]>([])

    func fetch(_ request: HTTPRequest) throws(FetchError) -> HTTPResponse {
        requested.withLock { $0.append(request.url) }
        let url = RedactedURL(request.url)
        if down.isSet { throw FetchError(url: url, reason: .connectionRefused, retrying: .gaveUp(attempts: 1, retryAfterWaited: .zero)) }
        let name = String(request.url.dropFirst(Self.base.count))
        guard let body = files.withLock({ $0[name] }) else {
            throw FetchError(url: url, reason: .status(404), retrying: .notRetried(attempts: 1))
        }
        return HTTPResponse(status: 200, body: body, finalURL: url)
    }

    /// The file names asked for since `count` requests.
    func names(since count: Int) -> [String] {
        requested.withLock { Array($0.dropFirst(count)) }.map { String($0.dropFirst(Self.base.count)) }
    }
}

/// A switch a test flips while the code under test reads it.
final class Flag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set(_ on: Bool) { value.withLock { $0 = on } }
}
