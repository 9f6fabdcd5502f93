import Foundation
import Testing

/// `airbulletin stations check` and `stations list` (ARCHITECTURE.md, CLI contract).
@Suite struct StationsCommandTests {
    static let fixtures = "Tests/StationsTests/Fixtures"

    @Test func checkPassesOnTheShippedFilesWithAnEmptyEnvironment() throws {
        let r = try CLI.run(["stations", "check"], inheritEnvironment: false)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                stations/wenshan.toml: 1 area, 2 stations, 1 source
                stations/yunnan.toml: 16 areas, 52 stations, 1 source
                stations: 2 files, 17 areas, 52 stations, no errors

                """)
    }

    @Test func checkReportsEveryPlantedErrorWithItsFileAndLineAndExitsTwo() throws {
        let dir = "\(Self.fixtures)/planted"
        let r = try CLI.run(["stations", "check", "--stations", dir], inheritEnvironment: false)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(
            r.stderr == """
                \(dir)/a-wenshan.toml:7: error: unknown key "colour" in [[area]] #1 (expected one of code, name, name_en, level, issuer, station, source)
                \(dir)/a-wenshan.toml:12: error: "org_code" must be 9 to 18 ASCII letters and digits (the 统一社会信用代码 or 组织机构代码 that prefixes every 索引号), found "ABC-123"
                \(dir)/a-wenshan.toml:20: error: unknown pollutant "pm25x" in "pollutants" (expected one of SO2, NO2, CO, O3, PM10, PM2.5)
                \(dir)/a-wenshan.toml:30: error: station 2610A is listed twice in area 532601 文山市 (first at line 15)
                \(dir)/a-wenshan.toml:40: warning: latitude 23.4, longitude 4.25 lies outside China (73–136 E, 3–54 N); check the coordinates
                \(dir)/a-wenshan.toml:41: error: unknown role "reference" (expected assessment (评价点) or control (对照点))
                \(dir)/a-wenshan.toml:43: error: "exempt" lists O3, which the station monitors; HJ 633—2026 §5.3.2 exempts only pollutants it does not monitor
                \(dir)/a-wenshan.toml:45: error: missing key "longitude" in [[area.station]] #5 of [[area]] #1
                \(dir)/a-wenshan.toml:48: error: "latitude" must be a number, found a string
                \(dir)/a-wenshan.toml:54: error: latitude 104.2 is out of range (-90 to 90; are latitude and longitude swapped?)
                \(dir)/a-wenshan.toml:62: error: environment variable AIRBULLETIN_TEST_OPENAQ_KEY is not set (credential of source "openaq"); set it in the environment of the run, never in this file
                \(dir)/a-wenshan.toml:66: error: unknown adapter "cnemc" (expected cnemc-archive, openaq-v3, station-csv, hj212)
                \(dir)/a-wenshan.toml:67: error: bad URL template in "url": the URL puts a secret in the query parameter "api_key"; remove it and name an environment variable instead: credential = { env = "…", query = "api_key" }
                \(dir)/a-wenshan.toml:72: error: bad URL template in "url": unknown placeholder {stn} (expected {date}, {date:yyyyMMdd}, {date+1}, {date-1:yyyyMMdd}, {station} or {area})
                \(dir)/a-wenshan.toml:75: error: area 532601 文山市（重复） has no active assessment station, so it has no city value (control stations and inactive ones do not count)
                \(dir)/a-wenshan.toml:75: error: duplicate area code 532601 (first at line 3); define each area once
                \(dir)/b-yunnan.toml:2: error: missing key "issuer" in [[area]] #1 (add [area.issuer] under it, or one [issuer] for the whole file)
                \(dir)/b-yunnan.toml:9: error: station 2611A is defined differently at \(dir)/a-wenshan.toml:23 (name "便民服务中心" here, "市便民服务中心" there; latitude 23.39 here, 23.3892 there); a station in several areas must be defined the same way in each
                \(dir)/c-broken.toml:4: error: TOML syntax: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited
                stations: 18 errors, 1 warning; nothing is fetched or published until they are fixed

                """)
        #expect(!r.stderr.contains("abc123"))
    }

    @Test func theCredentialComesFromTheEnvironmentAndIsNeverPrinted() throws {
        let dir = "\(Self.fixtures)/credential"
        let without = try CLI.run(["stations", "check", "--stations", dir], inheritEnvironment: false)
        #expect(without.status == 2)
        #expect(
            without.stderr == """
                \(dir)/openaq.toml:24: error: environment variable AIRBULLETIN_TEST_OPENAQ_KEY is not set (credential of source "openaq"); set it in the environment of the run, never in this file
                stations: 1 error; nothing is fetched or published until it is fixed

                """)
        let with = try CLI.run(
            ["stations", "check", "--stations", dir], environment: ["AIRBULLETIN_TEST_OPENAQ_KEY": "sekrit-4711"])
        #expect(with.status == 0)
        #expect(with.stderr == "")
        #expect(
            with.stdout
                == "\(dir)/openaq.toml: 1 area, 1 station, 1 source\nstations: 1 file, 1 area, 1 station, no errors\n")
        #expect(!(with.stdout + with.stderr).contains("sekrit"))
    }

    /// Issue 11 (14): a 1 MB station name passed `stations check` and slowed publication 18-fold.
    @Test func checkRefusesAnOverlongNameInOneShortLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let shipped = try String(
            contentsOf: CLI.packageRoot.appendingPathComponent("stations/wenshan.toml"), encoding: .utf8)
        let name = String(repeating: "州", count: 1_000_000)
        try shipped.replacing("name = \"州水务局\"", with: "name = \"\(name)\"").write(
            to: dir.appendingPathComponent("wenshan.toml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["stations", "check", "--stations", dir.path], inheritEnvironment: false)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(
            r.stderr == """
                \(dir.path)/wenshan.toml:21: error: "name" is 1,000,000 characters long; at most 100
                stations: 1 error; nothing is fetched or published until it is fixed

                """)
    }

    @Test func listPrintsAnAlignedTableWithChineseTwoColumnsWide() throws {
        let r = try CLI.run(["stations", "list", "--stations", "\(Self.fixtures)/listing"])
        #expect(r.status == 0)
        #expect(r.stderr == "")
        #expect(
            r.stdout == """
                区域 Area      编码 Code  名称 Name           类型 Role          纬度 Lat  经度 Lon  监测项目 Pollutants
                532601 文山市  2610A      州水务局            assessment         23.3594   104.2533  SO2 NO2 CO O3 PM10 PM2.5
                532601 文山市  X-1        Hilltop background  control, inactive  23.5      104.1     SO2 NO2 O3 PM10 PM2.5 (exempt: CO)
                530100 昆明    3550A      昆明学院            assessment         24.9786   102.7997  SO2 NO2 CO O3 PM10 PM2.5

                """)
    }

    @Test func listShowsEveryShippedStationUnderEachOfItsAreas() throws {
        let r = try CLI.run(["stations", "list"], inheritEnvironment: false)
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 2 + 52)
        #expect(
            Array(lines.prefix(3)) == [
                "区域 Area          编码 Code  名称 Name               类型 Role             纬度 Lat  经度 Lon  监测项目 Pollutants",
                "532601 文山市      2610A      州水务局                assessment            23.3594   104.2533  SO2 NO2 CO O3 PM10 PM2.5",
                "532601 文山市      2611A      市便民服务中心          assessment            23.3892   104.2319  SO2 NO2 CO O3 PM10 PM2.5",
            ])
        #expect(
            lines.contains(
                "533400 迪庆州      2620A      古城（20180930停运）    assessment, inactive  27.8136   99.7064   SO2 NO2 CO O3 PM10 PM2.5"
            ))
        #expect(lines.filter { $0.contains(" 2610A ") }.count == 2)
    }

    @Test func listRefusesABrokenConfiguration() throws {
        let r = try CLI.run(["stations", "list", "--stations", "\(Self.fixtures)/planted"], inheritEnvironment: false)
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(
            r.stderr.hasSuffix("stations: 18 errors, 1 warning; nothing is fetched or published until they are fixed\n")
        )
    }

    @Test func aMissingDirectoryIsOneErrorNamingTheOption() throws {
        let r = try CLI.run(["stations", "check", "--stations", "nowhere"])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(
            r.stderr == """
                nowhere: error: no such directory; run airbulletin where stations/ is, or pass --stations DIR
                stations: 1 error; nothing is fetched or published until it is fixed

                """)
    }

    @Test func checkHelpSaysWhatItReports() throws {
        let r = try CLI.run(["stations", "check", "--help"])
        #expect(r.status == 0)
        #expect(
            r.stdout == """
                OVERVIEW: Validates every stations file without touching the network.

                Reports unknown or missing keys, wrong types, duplicate area or station codes,
                a station defined differently in two areas, bad coordinates, unknown pollutants
                or adapters, bad URL templates, secrets written into a URL and credential
                environment variables that are not set. Exit 2 on any error.

                USAGE: airbulletin stations check [--stations <DIR>]

                OPTIONS:
                  --stations <DIR>        The stations directory. (default: stations)
                  -h, --help              Show help information.


                """)
    }
}
