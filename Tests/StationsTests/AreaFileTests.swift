import AQI
import Formats
import Identity
import Stations
import Testing

/// The schema of stations/README.md, one rule at a time, on documents given as text.
@Suite struct AreaFileTests {
    typealias F = StationsFixtures

    @Test func aFileWithoutAreasOrWithASingleTableSaysWhatToWrite() {
        #expect(
            F.read("# nothing here\n").diagnostics == [
                "x.toml: error: no [[area]]: a stations file defines at least one area (see stations/README.md)"
            ])
        #expect(
            F.read("[area]\ncode = \"532601\"\n").diagnostics == [
                "x.toml:1: error: write [[area]] (one per entry), not [area]"
            ])
        let single = F.area().replacing("[[area.station]]", with: "[area.station]")
        #expect(
            F.read(single).diagnostics == [
                "x.toml:12: error: write [[area.station]] (one per entry), not [area.station]"
            ])
    }

    @Test func aFileWideIssuerAndSourceServeEveryArea() throws {
        let text = """
            [issuer]
            name = "云南省生态环境厅"
            name_en = "Department of Ecology and Environment of Yunnan Province"
            org_code = "91350100M000100Y43"

            [[source]]
            id = "archive"
            adapter = "cnemc-archive"
            url = "file:archive/china_sites_{date:yyyyMMdd}.csv"

            \(F.area(issuer: ""))

            [[area.source]]
            id = "extra"
            adapter = "station-csv"
            url = "https://platform.example.gov.cn/export/{area}/{date}.csv"

            [[area.source]]
            id = "archive"
            adapter = "station-csv"
            url = "https://platform.example.gov.cn/b.csv"

            [[area]]
            code = "530100"
            name = "昆明"
            name_en = "Kunming"
            level = "city"

            [[area.station]]
            code = "3550A"
            name = "昆明学院"
            latitude = 24.9786
            longitude = 102.7997
            role = "assessment"
            """
        let (configuration, diagnostics) = F.read(text)
        #expect(
            diagnostics == [
                "x.toml:32: error: duplicate source id \"archive\" (first at line 7); give each source its own id"
            ])
        let kunming = try #require(configuration.area(AreaCode("530100")))
        #expect(kunming.issuer.organisation.rawValue == "91350100M000100Y43")
        #expect(kunming.sources.map(\.id) == ["archive"])
        #expect(kunming.sources[0].location == ConfigLocation(file: "x.toml", line: 7))
        #expect(configuration.area(AreaCode("532601"))?.sources.map(\.id) == ["archive", "extra", "archive"])
    }

    @Test func pollutantsTakeCommonSpellingsAndTheExemptionOnlyForUnmonitoredOnes() throws {
        let station =
            F.stationKeys + "\npollutants = [\"so2\", \"NO2\", \"o3\", \"PM 10\", \"PM2_5\"]\nexempt = [\"co\"]"
        let (configuration, diagnostics) = F.read(F.area(station: station))
        #expect(diagnostics == [])
        let s = try #require(configuration.areas.first?.stations.first)
        #expect(s.coverage == MonitoringCoverage(notMonitored: [.co], exempt: [.co]))
        #expect(s.monitored == [.so2, .no2, .o3, .pm10, .pm2_5] && s.exempt == [.co])

        let twice = F.stationKeys + "\npollutants = [\"PM2.5\", \"pm25\"]"
        #expect(
            F.read(F.area(station: twice)).diagnostics == ["x.toml:18: error: PM2.5 is listed twice in \"pollutants\""])
        let empty = F.stationKeys + "\npollutants = []"
        #expect(
            F.read(F.area(station: empty)).diagnostics == [
                "x.toml:18: error: \"pollutants\" is empty; list what the station monitors"
            ])
        let unknown = F.stationKeys + "\nexempt = [\"NOx\"]"
        #expect(
            F.read(F.area(station: unknown)).diagnostics == [
                "x.toml:18: error: unknown pollutant \"NOx\" in \"exempt\" (expected one of SO2, NO2, CO, O3, PM10, PM2.5)"
            ])
    }

    @Test func anAreaNeedsAnActiveAssessmentStation() {
        let inactive = F.stationKeys + "\nactive = false"
        #expect(
            F.read(F.area(station: inactive)).diagnostics == [
                "x.toml:2: error: area 532601 文山市 has no active assessment station, so it has no city value (control "
                    + "stations and inactive ones do not count)"
            ])
    }

    @Test func codesAndNamesAreChecked() {
        let text = F.area(
            station: F.stationKeys.replacing("\"2610A\"", with: "\"26 10A\"").replacing("\"州水务局\"", with: "\"州水务局\\n\"")
        )
        .replacing("\"532601\"", with: "\"53260\"").replacing("\"文山市\"", with: "\" \"")
        #expect(
            F.read(text).diagnostics == [
                "x.toml:2: error: \"code\" must be a 6-digit administrative division code (GB/T 2260), found \"53260\"",
                "x.toml:3: error: \"name\" is empty",
                "x.toml:13: error: \"code\" must be a station code such as 2610A (letters, digits, - or _, at most 32), found \"26 10A\"",
                "x.toml:14: error: \"name\" has a control character (a line break or a tab?)",
            ])
    }

    @Test func aLevelThatDoesNotFitTheCodeIsAWarning() {
        let city = F.area().replacing("level = \"county\"", with: "level = \"city\"")
        #expect(
            F.read(city).diagnostics == [
                "x.toml:5: warning: level is city but 532601 is a county-level code (a city's ends in 00); check level and code"
            ])
        let county = F.area().replacing("\"532601\"", with: "\"532600\"")
        #expect(
            F.read(county).diagnostics == [
                "x.toml:5: warning: level is county but 532600 is a prefecture-level code (it ends in 00); check level and code"
            ])
        let province = F.area().replacing("\"532601\"", with: "\"530000\"")
        #expect(
            F.read(province).diagnostics == [
                "x.toml:2: warning: 530000 is a province-level code; an area is a city (地级) or a county (县级)"
            ])
        #expect(
            F.read(F.area().replacing("\"county\"", with: "\"prefecture\"")).diagnostics == [
                "x.toml:5: error: unknown level \"prefecture\" (expected city or county)"
            ])
    }

    @Test func coordinatesMustBeFiniteAndInRange() {
        let text = F.area(station: F.stationKeys.replacing("23.3594", with: "nan").replacing("104.2533", with: "-181"))
        #expect(
            F.read(text).diagnostics == [
                "x.toml:15: error: \"latitude\" must be a finite number, found nan",
                "x.toml:16: error: longitude -181.0 is out of range (-180 to 180)",
            ])
        let south = F.area(station: F.stationKeys.replacing("23.3594", with: "-23.3594"))
        #expect(
            F.read(south).diagnostics == [
                "x.toml:15: warning: latitude -23.3594, longitude 104.2533 lies outside China (73–136 E, 3–54 N); check the coordinates"
            ])
    }

    @Test(
        arguments: [
            ("91350100M000100Y43", nil),
            ("91512081MA62K0260E", nil),
            ("000000000000000000", nil),
            ("D2143569X", nil),
            ("91350100M000100Y44", "its check character is 4, GB 32100 gives 3"),
            (
                "91350100M000100I43",
                "an 18-character 统一社会信用代码 has only digits and the capitals A–Y except I, O, S, V, Z"
            ),
            ("D21435691", "its check character is 1, GB 11714 gives X"),
            ("d2143569X", "a 9-character 组织机构代码 has only digits and capital letters"),
            ("1234567890", nil),
        ] as [(String, String?)])
    func organisationCodeCheckCharacters(_ code: String, _ problem: String?) throws {
        #expect(try #require(OrganisationCode(code)).checkCharacterProblem == problem)
    }

    @Test func aMistypedOrganisationCodeIsAWarningAndABadOneAnError() {
        let warned = F.area().replacing("000000000000000000", with: "91350100M000100Y44")
        #expect(
            F.read(warned).diagnostics == [
                "x.toml:10: warning: org_code 91350100M000100Y44 looks mistyped: its check character is 4, GB 32100 gives 3"
            ])
        #expect(OrganisationCode("12345678") == nil)
        #expect(OrganisationCode("1234567890123456789") == nil)
        #expect(OrganisationCode("文山0000000") == nil)
    }
}
