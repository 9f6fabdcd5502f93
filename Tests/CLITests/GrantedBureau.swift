import Foundation
import Postgres
import TestSupport

/// 文山州's publisher on a province's PostgreSQL database with a role of its own (issue 14,
/// "least privilege"): the role `wenshan_…` (LOGIN, a random password, created on the test
/// cluster for the test and dropped after it), three areas of different issuers (532600 文山州,
/// 532601 文山市, 530100 昆明市), one upstream on 127.0.0.1 serving the bundled sample.
/// `owner.toml` connects as the database's owner, `wenshan.toml` as the role, whose site shows
/// 532600 and 532601.
final class GrantedBureau {
    static let wenshanOrganisation = "11532600MB0123456W"
    static let cityOrganisation = "11532601MB0123456B"
    static let kunmingOrganisation = "11530100MB0123456A"

    let directory: URL
    let owner: DatabaseURL
    let role: String
    let password: String
    let publisher: DatabaseURL
    let server: TestHTTPServer

    /// Runs `body` with a bureau on a new database, the role dropped afterwards (after the
    /// database, which holds its privileges).
    static func with(_ body: (GrantedBureau, PostgresConnection) throws -> Void) throws {
        guard let text = PostgresCluster.environment["AIRBULLETIN_TEST_DATABASE_URL"] else {
            throw PostgresCluster.Missing()
        }
        let admin = try PostgresConnection(url: try DatabaseURL(text))
        let role = "wenshan_" + UUID().uuidString.lowercased().prefix(8)
        let password = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin.execute("CREATE ROLE \(role) LOGIN PASSWORD '\(password)'")
        defer { _ = try? admin.execute("DROP ROLE IF EXISTS \(role)") }
        try PostgresCluster.withDatabase { url, connection in
            try body(try GrantedBureau(owner: url, role: role, password: password), connection)
        }
    }

    private init(owner: DatabaseURL, role: String, password: String) throws {
        self.owner = owner
        self.role = role
        self.password = password
        publisher = try DatabaseURL("postgresql://\(role)@\(owner.endpoint)/\(owner.database)?sslmode=disable")
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("pg-grant-\(UUID().uuidString)")
        let stations = directory.appendingPathComponent("stations")
        try FileManager.default.createDirectory(at: stations, withIntermediateDirectories: true)
        let sample = CLI.packageRoot.appendingPathComponent("stations/sample")
        var scripts: [String: [TestHTTPResponse]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path)
        where name.hasPrefix("china_sites_") {
            let body = Array(try Data(contentsOf: sample.appendingPathComponent(name)))
            scripts["/air/\(name)"] = Array(repeating: TestHTTPResponse(status: 200, body: body), count: 20)
        }
        server = try TestHTTPServer(scripts)
        try Self.stations(url: server.url("/air/china_sites_{date:yyyyMMdd}.csv")).write(
            to: stations.appendingPathComponent("province.toml"), atomically: true, encoding: .utf8)
        try configuration(site: "public-owner", url: owner).write(
            to: directory.appendingPathComponent("owner.toml"), atomically: true, encoding: .utf8)
        try configuration(site: "public-wenshan", url: publisher).write(
            to: directory.appendingPathComponent("wenshan.toml"), atomically: true, encoding: .utf8)
    }

    deinit {
        server.stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// A connection of the role itself, with its password.
    func publisherConnection() throws -> PostgresConnection {
        try PostgresConnection(url: publisher, environment: [DatabaseURL.passwordVariable: password])
    }

    /// `airbulletin --config owner.toml ARGS…` (the cluster's password, from the environment).
    func asOwner(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(
            ["--config", "owner.toml"] + arguments, environment: ["AIRBULLETIN_NOW": PostgresProvince.now],
            directory: directory)
    }

    /// `airbulletin --config wenshan.toml ARGS…` with the role's password.
    func asPublisher(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(
            ["--config", "wenshan.toml"] + arguments,
            environment: ["AIRBULLETIN_NOW": PostgresProvince.now, DatabaseURL.passwordVariable: password],
            directory: directory)
    }

    private func configuration(site: String, url: DatabaseURL) -> String {
        """
        [paths]
        stations = "stations"
        site = "\(site)"

        [site]
        base_url = "https://sthjj.example.gov.cn/air/"
        id_authority = "sthjj.example.gov.cn,2026"
        areas = ["532600", "532601"]

        [run]
        catch_up_days = 0
        lock_timeout_seconds = 30
        fetch_attempts = 1

        [database]
        url = "\(url.description)"

        """
    }

    static func stations(url: String) -> String {
        var text = """
            [[source]]
            id = "platform"
            adapter = "cnemc-archive"
            url = "\(url)"

            """
        let areas = [
            ("532600", "文山州", "Wenshan Prefecture", "city", "文山州生态环境局", wenshanOrganisation, ["2610A", "2611A"]),
            ("532601", "文山市", "Wenshan City", "county", "文山州生态环境局文山分局", cityOrganisation, ["2610A"]),
            ("530100", "昆明市", "Kunming", "city", "昆明市生态环境局", kunmingOrganisation, ["1001A"]),
        ]
        for (code, name, english, level, issuer, organisation, stations) in areas {
            text += """

                [[area]]
                code = "\(code)"
                name = "\(name)"
                name_en = "\(english)"
                level = "\(level)"

                [area.issuer]
                name = "\(issuer)"
                name_en = "\(english) Ecology and Environment Bureau"
                org_code = "\(organisation)"

                """
            for station in stations {
                text += StationTOML.assessment(code: station, name: "站点\(station)")
            }
        }
        return text
    }
}
