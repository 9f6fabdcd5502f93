import Formats
import Stations
import Testing

/// The "done when": `stations check` reports planted errors in fixture files with the
/// exact `FILE:LINE: error:` text (the fixtures mark each planted line with ←).
@Suite struct PlantedErrorTests {
    static let expected = [
        "a-wenshan.toml:7: error: unknown key \"colour\" in [[area]] #1 (expected one of code, name, name_en, level, issuer, station, source)",
        "a-wenshan.toml:12: error: \"org_code\" must be 9 to 18 ASCII letters and digits (the 统一社会信用代码 or 组织机构代码 that prefixes every 索引号), found \"ABC-123\"",
        "a-wenshan.toml:20: error: unknown pollutant \"pm25x\" in \"pollutants\" (expected one of SO2, NO2, CO, O3, PM10, PM2.5)",
        "a-wenshan.toml:30: error: station 2610A is listed twice in area 532601 文山市 (first at line 15)",
        "a-wenshan.toml:40: warning: latitude 23.4, longitude 4.25 lies outside China (73–136 E, 3–54 N); check the coordinates",
        "a-wenshan.toml:41: error: unknown role \"reference\" (expected assessment (评价点) or control (对照点))",
        "a-wenshan.toml:43: error: \"exempt\" lists O3, which the station monitors; HJ 633—2026 §5.3.2 exempts only pollutants it does not monitor",
        "a-wenshan.toml:45: error: missing key \"longitude\" in [[area.station]] #5 of [[area]] #1",
        "a-wenshan.toml:48: error: \"latitude\" must be a number, found a string",
        "a-wenshan.toml:54: error: latitude 104.2 is out of range (-90 to 90; are latitude and longitude swapped?)",
        "a-wenshan.toml:62: error: environment variable AIRBULLETIN_TEST_OPENAQ_KEY is not set (credential of source \"openaq\"); set it in the environment of the run, never in this file",
        "a-wenshan.toml:66: error: unknown adapter \"cnemc\" (expected cnemc-archive, openaq-v3, station-csv, hj212)",
        "a-wenshan.toml:67: error: bad URL template in \"url\": the URL puts a secret in the query parameter \"api_key\"; remove it and name an environment variable instead: credential = { env = \"…\", query = \"api_key\" }",
        "a-wenshan.toml:72: error: bad URL template in \"url\": unknown placeholder {stn} (expected {date}, {date:yyyyMMdd}, {date+1}, {date-1:yyyyMMdd}, {station} or {area})",
        "a-wenshan.toml:75: error: area 532601 文山市（重复） has no active assessment station, so it has no city value (control stations and inactive ones do not count)",
        "a-wenshan.toml:75: error: duplicate area code 532601 (first at line 3); define each area once",
        "b-yunnan.toml:2: error: missing key \"issuer\" in [[area]] #1 (add [area.issuer] under it, or one [issuer] for the whole file)",
        "b-yunnan.toml:9: error: station 2611A is defined differently at DIR/a-wenshan.toml:23 (name \"便民服务中心\" here, \"市便民服务中心\" there; latitude 23.39 here, 23.3892 there); a station in several areas must be defined the same way in each",
        "c-broken.toml:4: error: TOML syntax: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited",
    ]

    @Test func everyPlantedErrorIsReportedWithItsFileLineAndKey() {
        let directory = StationsFixtures.directory("planted")
        let load = StationsDirectory.load(path: directory, environment: [:])
        let lines = load.diagnostics.map {
            $0.description.replacing(directory + "/", with: "", maxReplacements: 1).replacing(directory, with: "DIR")
        }
        #expect(lines == Self.expected)
        #expect(load.hasErrors)
        // The secret planted in a URL never reaches a message.
        #expect(!lines.joined().contains("abc123"))
        // Only what was read without a key error is handed on (and nothing is used while errors remain).
        #expect(load.configuration.areas.map(\.name) == ["文山市（重复）"])
    }

    @Test func theCredentialVariableIsLookedUpInTheInjectedEnvironment() {
        let directory = StationsFixtures.directory("credential")
        let without = StationsDirectory.load(path: directory, environment: [:])
        #expect(
            without.diagnostics.map(\.description) == [
                "\(directory)/openaq.toml:24: error: environment variable AIRBULLETIN_TEST_OPENAQ_KEY is not set "
                    + "(credential of source \"openaq\"); set it in the environment of the run, never in this file"
            ])
        let empty = StationsDirectory.load(path: directory, environment: ["AIRBULLETIN_TEST_OPENAQ_KEY": ""])
        #expect(empty.hasErrors)
        let with = StationsDirectory.load(path: directory, environment: ["AIRBULLETIN_TEST_OPENAQ_KEY": "k"])
        #expect(with.diagnostics.isEmpty)
        let source = try? #require(with.configuration.areas.first?.sources.first)
        #expect(
            source?.credential
                == Credential(environmentVariable: "AIRBULLETIN_TEST_OPENAQ_KEY", placement: .header("X-API-Key")))
        #expect(source?.timeoutMilliseconds == 30_000)
        #expect(source?.url?.usesStation == true)
    }
}
