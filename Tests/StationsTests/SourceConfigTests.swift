import AQI
import Foundation
import Stations
import Testing

/// `[[area.source]]`: adapters, credentials from the environment only, CA bundles, timeouts,
/// and what the fetcher gets for one request.
@Suite struct SourceConfigTests {
    typealias F = StationsFixtures

    static func source(_ keys: String) -> String {
        F.area() + "\n\n[[area.source]]\nid = \"s\"\n" + keys
    }

    static let https = "adapter = \"openaq-v3\"\nurl = \"https://api.example.org/v3/{station}/{date}\"\n"

    @Test func aHeaderCredentialIsTakenFromTheEnvironmentAndMarkedSecret() throws {
        let text = Self.source(Self.https + "credential = { env = \"AQ_KEY\", header = \"X-API-Key\" }")
        let (configuration, diagnostics) = F.read(text, environment: ["AQ_KEY": "s3cr+t/key"])
        #expect(diagnostics == [])
        let source = try #require(configuration.areas.first?.sources.first)
        #expect(
            source.redactedDescription
                == "s (openaq-v3) https://api.example.org/v3/{station}/{date} with header X-API-Key from $AQ_KEY")
        let target = try source.target(
            date: LocalDate(year: 2025, month: 1, day: 15), station: StationCode("2610A"),
            environment: ["AQ_KEY": "s3cr+t/key"])
        #expect(target.url == "https://api.example.org/v3/2610A/2025-01-15")
        #expect(target.redactedURL == target.url)
        #expect(target.headers == [.init(name: "X-API-Key", value: "s3cr+t/key", isSecret: true)])
        #expect(
            throws: URLTemplate.Problem(
                "source \"s\": environment variable AQ_KEY is not set (it holds the credential; set it in the environment of the run)"
            )
        ) {
            try source.target(
                date: LocalDate(year: 2025, month: 1, day: 15), station: StationCode("2610A"), environment: [:])
        }
    }

    @Test func aQueryCredentialIsAddedToTheURLAndRedactedForLogs() throws {
        let text = Self.source(
            "adapter = \"station-csv\"\nurl = \"https://p.example/x?day={date}\"\n"
                + "credential = { env = \"P_KEY\", query = \"api_key\" }")
        let (configuration, diagnostics) = F.read(text, environment: ["P_KEY": "a&b=c"])
        #expect(diagnostics == [])
        let source = try #require(configuration.areas.first?.sources.first)
        let target = try source.target(date: LocalDate(year: 2025, month: 1, day: 15), environment: ["P_KEY": "a&b=c"])
        #expect(target.url == "https://p.example/x?day=2025-01-15&api_key=a%26b%3Dc")
        #expect(target.redactedURL == "https://p.example/x?day=2025-01-15&api_key=***")
        #expect(target.secretQueryParameters == ["api_key"])
        #expect(target.headers.isEmpty)
        #expect(!source.redactedDescription.contains("a&b=c"))
    }

    @Test(arguments: [
        (
            "credential = { env = \"K\", header = \"X-API-Key\", query = \"key\" }",
            "x.toml:23: error: credential takes \"header\" or \"query\", not both"
        ),
        (
            "credential = { env = \"K\" }",
            "x.toml:23: error: credential needs \"header\" (e.g. X-API-Key) or \"query\" (e.g. api_key): where the secret goes"
        ),
        (
            "credential = { env = \"1K\", header = \"X-API-Key\" }",
            "x.toml:23: error: \"env\" must name an environment variable (letters, digits and _, not starting with a digit), found \"1K\""
        ),
        (
            "credential = { env = \"K\", header = \"X API Key\" }",
            "x.toml:23: error: \"header\" must be an HTTP header name, found \"X API Key\""
        ),
        (
            "credential = { env = \"K\", header = \"X-API-Key\", value = \"abc\" }",
            "x.toml:23: error: unknown key \"value\" in [area.source.credential] of [[area.source]] #1 of [[area]] #1 (expected one of env, header, query)"
        ),
    ])
    func aCredentialSaysWhereTheSecretGoesAndNothingMore(_ credential: String, _ message: String) {
        let text = Self.source(Self.https + credential)
        #expect(F.read(text, environment: ["K": "v"]).diagnostics == [message])
    }

    @Test func aCredentialIsOnlyForHTTPS() {
        let http = Self.source(
            "adapter = \"station-csv\"\nurl = \"http://p.example/x\"\ncredential = { env = \"K\", header = \"X-API-Key\" }"
        )
        #expect(
            F.read(http, environment: ["K": "v"]).diagnostics == [
                "x.toml:23: error: the credential would cross the network in clear text over http:; use https:"
            ])
        let file = Self.source(
            "adapter = \"station-csv\"\nurl = \"file:x.csv\"\ncredential = { env = \"K\", header = \"X-API-Key\" }")
        #expect(
            F.read(file, environment: ["K": "v"]).diagnostics == [
                "x.toml:23: error: a file: source takes no credential; remove it"
            ])
    }

    @Test func aCABundleIsResolvedBesideTheFileAndMustExist() throws {
        let text = Self.source(Self.https + "ca_bundle = \"certs/../certs/ca.pem\"")
        let found = F.read(text, fileExists: { $0 == "/srv/airbulletin/stations/certs/ca.pem" })
        #expect(found.diagnostics == [])
        #expect(found.configuration.areas.first?.sources.first?.caBundle == "/srv/airbulletin/stations/certs/ca.pem")
        #expect(
            F.read(text).diagnostics == [
                "x.toml:23: error: CA bundle \"certs/../certs/ca.pem\" not found (looked for /srv/airbulletin/stations/certs/ca.pem)"
            ])
        let plain = Self.source("adapter = \"station-csv\"\nurl = \"http://p.example/x\"\nca_bundle = \"/etc/ca.pem\"")
        #expect(
            F.read(plain, fileExists: { _ in true }).diagnostics == [
                "x.toml:23: error: \"ca_bundle\" applies to https: sources only"
            ])
    }

    @Test func timeoutsAreSecondsInTheFileAndMillisecondsInTheModel() throws {
        let good = F.read(Self.source(Self.https + "connect_timeout = 2.5\ntimeout = 60"))
        #expect(good.diagnostics == [])
        let source = try #require(good.configuration.areas.first?.sources.first)
        #expect(source.connectTimeoutMilliseconds == 2500 && source.timeoutMilliseconds == 60_000)
        #expect(
            F.read(Self.source(Self.https + "timeout = 0")).diagnostics == [
                "x.toml:23: error: \"timeout\" must be a number of seconds from 0.001 to 3600, found 0.0"
            ])
        #expect(
            F.read(Self.source(Self.https + "connect_timeout = \"10s\"")).diagnostics == [
                "x.toml:23: error: \"connect_timeout\" must be a number, found a string"
            ])
    }

    @Test func idsAndAdaptersAreChecked() {
        let text = F.area() + "\n\n[[area.source]]\nid = \"../etc\"\nadapter = \"openaq\"\nurl = \"file:x\""
        #expect(
            F.read(text).diagnostics == [
                "x.toml:20: error: \"id\" must be 1 to 32 letters, digits, - or _, found \"../etc\"",
                "x.toml:21: error: unknown adapter \"openaq\" (expected cnemc-archive, openaq-v3, station-csv, hj212)",
            ])
    }
}
