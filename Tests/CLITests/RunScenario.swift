import Foundation
import TestSupport
import Testing

/// A bureau's setup in a temporary directory: Wenshan's area, an upstream on 127.0.0.1 serving
/// the bundled sample (one file per day, as the CNEMC archive does), a database and a site.
final class RunScenario {
    let directory: URL
    var server: TestHTTPServer?
    /// The day files the upstream serves, by name; edit to make a late correction.
    var files: [String: String] = [:]
    /// Two areas (文山市 with 2610A, 砚山县 with 2611A) sharing one upstream, as a province's
    /// areas share its platform's files; else Wenshan's one area with both stations.
    let province: Bool
    /// Responses served before the file itself, per file name (e.g. a 500 to be retried).
    var before: [String: [TestHTTPResponse]] = [:]

    init(province: Bool = false, fetchAttempts: Int = 1) throws {
        self.province = province
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("stations"), withIntermediateDirectories: true)
        let sample = CLI.packageRoot.appendingPathComponent("stations/sample")
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path)
        where name.hasPrefix("china_sites_") {
            files[name] = try String(contentsOf: sample.appendingPathComponent(name), encoding: .utf8)
        }
        try """
        [paths]
        stations = "stations"
        database = "var/air.sqlite"
        site = "public"

        [site]
        base_url = "https://sthjj.example.gov.cn/air/"
        id_authority = "sthjj.example.gov.cn,2026"
        \(province ? "" : "rehearsal = true  # the shipped wenshan.toml carries the placeholder org_code")

        [run]
        catch_up_days = 2
        lock_timeout_seconds = 0
        fetch_attempts = \(fetchAttempts)
        """.write(to: directory.appendingPathComponent("airbulletin.toml"), atomically: true, encoding: .utf8)
        try startUpstream()
    }

    /// (Re)starts the upstream on a new port and points the area's source at it.
    func startUpstream(delay: Duration = .zero) throws {
        server?.stop()
        var scripts: [String: [TestHTTPResponse]] = [:]
        for (name, body) in files {
            scripts["/air/\(name)"] = (before[name] ?? []) + Array(
                repeating: TestHTTPResponse(status: 200, body: Array(body.utf8), delay: delay), count: 50)
        }
        let upstream = try TestHTTPServer(scripts)
        server = upstream
        let wenshan = try String(
            contentsOf: CLI.packageRoot.appendingPathComponent("stations/wenshan.toml"), encoding: .utf8)
        let url = upstream.url("/air/china_sites_{date:yyyyMMdd}.csv")
        guard province else {
            let area = wenshan.replacingOccurrences(
                of: "url = \"file:sample/china_sites_{date:yyyyMMdd}.csv\"", with: "url = \"\(url)\"")
            try area.write(
                to: directory.appendingPathComponent("stations/wenshan.toml"), atomically: true, encoding: .utf8)
            return
        }
        try Self.pair(url: url).write(
            to: directory.appendingPathComponent("stations/pair.toml"), atomically: true, encoding: .utf8)
    }

    /// Two areas of one prefecture, one station each, one shared source.
    static func pair(url: String) -> String {
        """
        [issuer]
        name = "文山州生态环境局"
        name_en = "Wenshan Prefecture Ecology and Environment Bureau"
        org_code = "\(BureauDirectory.organisation)"

        [[source]]
        id = "platform"
        adapter = "cnemc-archive"
        url = "\(url)"

        [[area]]
        code = "532601"
        name = "文山市"
        name_en = "Wenshan City"
        level = "county"

        [[area.station]]
        code = "2610A"
        name = "州水务局"
        latitude = 23.3594
        longitude = 104.2533
        role = "assessment"
        pollutants = ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"]

        [[area]]
        code = "532622"
        name = "砚山县"
        name_en = "Yanshan County"
        level = "county"

        [[area.station]]
        code = "2611A"
        name = "市便民服务中心"
        latitude = 23.3892
        longitude = 104.2319
        role = "assessment"
        pollutants = ["SO2", "NO2", "CO", "O3", "PM10", "PM2.5"]

        """
    }

    /// Every file under the site folder `prefix` (e.g. `532622/`), with its bytes.
    func siteSnapshot(under prefix: String) throws -> [String: Data] {
        try siteSnapshot().filter { $0.key.hasPrefix(prefix) }
    }

    /// One SQL query on the database (sqlite3 from Debian), its rows as text.
    func sql(_ query: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [directory.appendingPathComponent("var/air.sqlite").path, query]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The upstream goes away: connections are refused.
    func stopUpstream() {
        server?.stop()
        server = nil
    }

    /// The simulated morning: the clock every command runs with (`AIRBULLETIN_NOW`).
    var now = "2025-01-14T07:10"

    func airbulletin(_ arguments: [String], environment: [String: String] = [:]) throws -> CLI.Result {
        try CLI.run(
            ["--config", "airbulletin.toml"] + arguments,
            environment: environment.merging(["AIRBULLETIN_NOW": now]) { a, _ in a }, directory: directory)
    }

    func launch(_ arguments: [String]) -> CLI.Launched {
        CLI.launch(
            ["--config", "airbulletin.toml"] + arguments, environment: ["AIRBULLETIN_NOW": now], directory: directory)
    }

    func site(_ path: String) -> String? {
        try? String(contentsOf: directory.appendingPathComponent("public/" + path), encoding: .utf8)
    }

    /// Every file of the site with its bytes, to prove a failed run left it alone.
    func siteSnapshot() throws -> [String: Data] { try CLI.files(under: directory.appendingPathComponent("public")) }

    deinit { server?.stop() }
}
