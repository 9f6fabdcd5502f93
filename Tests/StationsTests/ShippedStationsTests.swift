import AQI
import Formats
import Foundation
import Identity
import Stations
import Testing

/// stations/wenshan.toml and stations/yunnan.toml as shipped.
@Suite struct ShippedStationsTests {
    static let load = StationsDirectory.load(path: StationsFixtures.shipped, environment: [:])

    @Test func theShippedFilesLoadWithNoProblemAndNoCredential() throws {
        #expect(Self.load.diagnostics.map(\.description) == [])
        let files = Self.load.configuration.files
        #expect(files.map { ($0.path as NSString).lastPathComponent } == ["wenshan.toml", "yunnan.toml"])
        #expect(files.map(\.areas.count) == [1, 16])
        #expect(files.map { $0.areas.flatMap(\.stations).count } == [2, 52])
        // 2610A and 2611A are in both files, defined identically.
        #expect(Self.load.configuration.stations.count == 52)
    }

    @Test func wenshanCityIsOneCountyLevelAreaWithItsTwoAssessmentStations() throws {
        let area = try #require(Self.load.configuration.area(AreaCode("532601")))
        #expect(area.name == "文山市" && area.englishName == "Wenshan City" && area.level == .county)
        #expect(area.issuer.name == "文山州生态环境局文山分局")
        #expect(area.issuer.englishName == "Wenshan Branch, Wenshan Prefecture Ecology and Environment Bureau")
        #expect(area.issuer.organisation.rawValue == "000000000000000000")
        #expect(area.stations.map(\.code.rawValue) == ["2610A", "2611A"])
        #expect(area.stations.map(\.name) == ["州水务局", "市便民服务中心"])
        #expect(area.stations.map(\.latitude) == [23.3594, 23.3892])
        #expect(area.stations.map(\.longitude) == [104.2533, 104.2319])
        #expect(area.assessmentStations.count == 2)
        #expect(area.stations.allSatisfy { $0.isActive && $0.coverage == .full })
        #expect(area.sources.map(\.id) == ["sample"])
        #expect(area.sources[0].adapter == .cnemcArchive)
    }

    @Test func theWenshanSourceIsTheBundledSampleBesideTheFile() throws {
        let area = try #require(Self.load.configuration.area(AreaCode("532601")))
        let target = try area.sources[0].target(date: LocalDate(year: 2025, month: 1, day: 15), environment: [:])
        let expected = URL(fileURLWithPath: StationsFixtures.shipped + "/sample/china_sites_20250115.csv")
            .standardizedFileURL.path
        #expect(target.filePath == expected)
        #expect(target.url == "file://" + expected)
        #expect(FileManager.default.fileExists(atPath: expected))
        #expect(target.headers.isEmpty && target.redactedURL == target.url)
    }

    @Test func yunnanHoldsTheSixteenPrefecturesWithTheirCodes() {
        let areas = Self.load.configuration.files[1].areas
        #expect(
            areas.map { "\($0.code) \($0.name)" } == [
                "530100 昆明", "530300 曲靖", "530400 玉溪", "530500 保山", "530600 昭通", "530700 丽江", "530800 普洱",
                "530900 临沧", "532300 楚雄州", "532500 红河州", "532600 文山州", "532800 西双版纳州", "532900 大理州",
                "533100 德宏州", "533300 怒江州", "533400 迪庆州",
            ])
        #expect(areas.allSatisfy { $0.level == .city && $0.issuer.name == "云南省生态环境厅" })
        #expect(areas.allSatisfy { $0.sources.map(\.id) == ["cnemc-archive"] })
        let stations = areas.flatMap(\.stations)
        #expect(stations.filter { $0.role == .control }.map(\.code.rawValue) == ["1449A", "1451A", "2598A", "2617A"])
        #expect(stations.filter { !$0.isActive }.map(\.code.rawValue) == ["2617A", "2620A"])
        let wenshan = areas.first { $0.code.rawValue == "532600" }
        #expect(wenshan?.stations.map(\.code.rawValue) == ["2610A", "2611A"])
    }

    /// Every station as the national list gives it: code, name, coordinates, 对照点, 停运.
    @Test(.enabled(if: StationsFixtures.sharedAvailable, "needs ../shared (the national station list)"))
    func yunnanMatchesTheNationalStationList() throws {
        let text = try String(contentsOfFile: StationsFixtures.stationList, encoding: .utf8)
        let records = Array(CSVReader(text: text)).dropFirst().sorted { $0.fields[0] < $1.fields[0] }
        let stations = Self.load.configuration.files[1].areas.flatMap(\.stations)
        #expect(records.count == 52)
        #expect(stations.count == records.count)
        for (record, station) in zip(records, stations.sorted { $0.code < $1.code }) {
            let f = record.fields
            #expect(station.code.rawValue == f[0], "line \(record.line)")
            #expect(station.name == f[1], "\(f[0])")
            #expect(station.longitude == Double(f[3]) && station.latitude == Double(f[4]), "\(f[0])")
            #expect(station.role == (f[5] == "Y" ? .control : .assessment), "\(f[0])")
            #expect(station.isActive == !f[1].contains("停运"), "\(f[0])")
        }
    }
}
