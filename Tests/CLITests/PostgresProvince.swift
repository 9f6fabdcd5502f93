import Foundation
import Postgres
import TestSupport

/// Four areas of 文山州 publishing into one PostgreSQL database (issue 14: "many publishers at
/// once"): 文山市 and 西畴县 with station 2610A, 砚山县 and 麻栗坡县 with 2611A, one issuer, one
/// upstream on 127.0.0.1 serving the bundled sample. Each publisher has its configuration
/// (`publisher-CODE.toml`: its area, its site folder `public-CODE`, the server), as each bureau
/// has on its own machine; `sqlite.toml` is the same province in one SQLite file.
final class PostgresProvince {
    static let areas = ["532601", "532622", "532623", "532624"]

    let directory: URL
    let url: DatabaseURL
    let server: TestHTTPServer

    init(url: DatabaseURL, delay: Duration = .zero, lockTimeoutSeconds: Int = 120) throws {
        self.url = url
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pg-run-\(UUID().uuidString)")
        let stations = directory.appendingPathComponent("stations")
        try FileManager.default.createDirectory(at: stations, withIntermediateDirectories: true)
        let sample = CLI.packageRoot.appendingPathComponent("stations/sample")
        var scripts: [String: [TestHTTPResponse]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path)
        where name.hasPrefix("china_sites_") {
            let body = Array(try Data(contentsOf: sample.appendingPathComponent(name)))
            scripts["/air/\(name)"] = Array(
                repeating: TestHTTPResponse(status: 200, body: body, delay: delay), count: 100)
        }
        server = try TestHTTPServer(scripts)
        try Self.stations(url: server.url("/air/china_sites_{date:yyyyMMdd}.csv")).write(
            to: stations.appendingPathComponent("province.toml"), atomically: true, encoding: .utf8)
        for area in Self.areas {
            try configuration(
                site: "public-\(area)", areas: [area], server: true, lockTimeoutSeconds: lockTimeoutSeconds
            )
            .write(to: directory.appendingPathComponent("publisher-\(area).toml"), atomically: true, encoding: .utf8)
        }
        try configuration(site: "public", areas: Self.areas, server: false, lockTimeoutSeconds: 0).write(
            to: directory.appendingPathComponent("sqlite.toml"), atomically: true, encoding: .utf8)
    }

    deinit {
        server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    func configuration(site: String, areas: [String], server: Bool, lockTimeoutSeconds: Int) -> String {
        """
        [paths]
        stations = "stations"
        database = "var/air.sqlite"
        site = "\(site)"

        [site]
        base_url = "https://sthjj.example.gov.cn/air/"
        id_authority = "sthjj.example.gov.cn,2026"
        areas = [\(areas.map { "\"\($0)\"" }.joined(separator: ", "))]

        [run]
        catch_up_days = 2
        lock_timeout_seconds = \(lockTimeoutSeconds)
        fetch_attempts = 1

        """ + (server ? "[database]\nurl = \"\(url.description)\"\n" : "")
    }

    /// The morning every command runs at (`AIRBULLETIN_NOW`).
    static let now = "2025-01-14T07:10"

    /// `airbulletin --config publisher-CODE.toml ARGS…`, running in the background.
    func launch(_ area: String, _ arguments: [String], now: String = now) -> CLI.Launched {
        CLI.launch(
            ["--config", "publisher-\(area).toml"] + arguments, environment: ["AIRBULLETIN_NOW": now],
            directory: directory)
    }

    func run(config: String, _ arguments: [String], now: String = now) throws -> CLI.Result {
        try CLI.run(["--config", config] + arguments, environment: ["AIRBULLETIN_NOW": now], directory: directory)
    }

    /// The provincial centre's import of the first week's files into the server.
    func importArguments() -> [String] {
        let sample = CLI.packageRoot.appendingPathComponent("stations/sample")
        return [
            "import", "--format", "cnemc-archive", "--station-list", sample.appendingPathComponent("stations.csv").path,
        ] + (1...7).map { sample.appendingPathComponent("china_sites_2025010\($0).csv").path }
    }

    /// Every file under `folder` with its bytes.
    func snapshot(_ folder: String) throws -> [String: Data] {
        try CLI.files(under: directory.appendingPathComponent(folder))
    }

    static func stations(url: String) -> String {
        var text = """
            [issuer]
            name = "文山州生态环境局"
            name_en = "Wenshan Prefecture Ecology and Environment Bureau"
            org_code = "\(BureauDirectory.organisation)"

            [[source]]
            id = "platform"
            adapter = "cnemc-archive"
            url = "\(url)"

            """
        for (code, name, english, station, stationName) in [
            ("532601", "文山市", "Wenshan City", "2610A", "州水务局"), ("532622", "砚山县", "Yanshan County", "2611A", "市便民服务中心"),
            ("532623", "西畴县", "Xichou County", "2610A", "州水务局"),
            ("532624", "麻栗坡县", "Malipo County", "2611A", "市便民服务中心"),
        ] {
            text += """

                [[area]]
                code = "\(code)"
                name = "\(name)"
                name_en = "\(english)"
                level = "county"

                """ + StationTOML.assessment(code: station, name: stationName)
        }
        return text
    }
}
