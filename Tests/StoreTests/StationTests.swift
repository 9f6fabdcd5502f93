import AQI
import Store
import Testing

@Suite struct StationTests {
    typealias F = ReadingFixtures

    static let wenshanConfig = [
        StationRecord(
            code: F.wenshan1, name: "州水务局", latitude: 23.3698, longitude: 104.2442, role: .assessment,
            areaCodes: ["532601", "532600"]),
        StationRecord(
            code: F.wenshan2, name: "市便民服务中心", latitude: 23.4011, longitude: 104.2330, role: .assessment,
            areaCodes: ["532601"]),
    ]

    @Test func configuredStationsAreStoredWithTheirAreas() throws {
        let store = try Store.inMemory()
        try store.upsertConfiguredStations(Self.wenshanConfig)
        let stations = try store.stations()
        #expect(stations == Self.wenshanConfig)
        #expect(stations.allSatisfy { $0.origin == .configuration })
        #expect(try store.stations(inArea: "532601").map(\.code) == [F.wenshan1, F.wenshan2])
        #expect(try store.stations(inArea: "532600").map(\.code) == [F.wenshan1])
        #expect(try store.stations(inArea: "999999").isEmpty)
    }

    /// A second upsert replaces a station's details, and describes each area it names whole:
    /// one call per area file works, and so does one call for the whole configuration.
    @Test func anUpsertReplacesDetailsAndTheMembershipsOfTheAreasItNames() throws {
        let store = try Store.inMemory()
        try store.upsertConfiguredStations(Self.wenshanConfig)
        var moved = Self.wenshanConfig[1]
        moved.name = "市便民服务中心（迁址）"
        moved.active = false
        moved.areaCodes = ["532600"]
        try store.upsertConfiguredStations([moved])
        // 532600 is now exactly 2611A; 532601 was not named, so it keeps both.
        #expect(try store.stations(inArea: "532600").map(\.code) == [F.wenshan2])
        #expect(try store.stations(inArea: "532601").map(\.code) == [F.wenshan1, F.wenshan2])
        var stored = try #require(try store.station(F.wenshan2))
        #expect(stored.name == "市便民服务中心（迁址）" && !stored.active)
        #expect(stored.areaCodes == ["532600", "532601"])

        // The whole configuration again, with 2611A moved: both areas are named.
        try store.upsertConfiguredStations([Self.wenshanConfig[0], moved])
        #expect(try store.stations(inArea: "532600").map(\.code) == [F.wenshan1, F.wenshan2])
        #expect(try store.stations(inArea: "532601").map(\.code) == [F.wenshan1])
        stored = try #require(try store.station(F.wenshan2))
        #expect(stored == moved)
    }

    /// A station listed twice (it belongs to two area files) gets the union of its areas.
    @Test func aStationInTwoAreaFilesBelongsToBoth() throws {
        let store = try Store.inMemory()
        var prefecture = Self.wenshanConfig[0]
        prefecture.areaCodes = ["532600"]
        var city = Self.wenshanConfig[0]
        city.areaCodes = ["532601"]
        try store.upsertConfiguredStations([city, prefecture])
        #expect(try store.station(F.wenshan1)?.areaCodes == ["532600", "532601"])
    }

    @Test func theNationalListAddsAndRefreshesButKeepsConfiguredStations() throws {
        let store = try Store.inMemory()
        _ = try store.importReadings([F.reading(F.kunming, .so2, hour: 0, 5_000)], source: "s", fetchedAt: 1)
        try store.upsertConfiguredStations([Self.wenshanConfig[0]])
        let listed = [
            StationRecord(
                code: F.wenshan1, name: "州水务局", city: "文山州", latitude: 23.37, longitude: 104.24, role: .assessment),
            StationRecord(
                code: F.wenshan2, name: "市便民服务中心", city: "文山州", latitude: 23.40, longitude: 104.23, role: .assessment),
            StationRecord(
                code: F.kunming, name: "碧鸡广场", city: "昆明", latitude: 25.0, longitude: 102.6, role: .control),
        ]
        #expect(
            try store.registerListedStations(listed) == StationRegistration(added: 1, updated: 1, keptConfigured: 1))
        #expect(try store.station(F.wenshan1) == Self.wenshanConfig[0])
        let kunming = try #require(try store.station(F.kunming))
        #expect(kunming.origin == .nationalList && kunming.name == "碧鸡广场" && kunming.role == .control)
        #expect(kunming.city == "昆明")
        // The readings-only station keeps its readings under its new details.
        #expect(try store.currentReadings(stations: [F.kunming], hours: F.dayHours).count == 1)
        // Configuration later takes over a listed station, and keeps the list's city.
        try store.upsertConfiguredStations([Self.wenshanConfig[1]])
        let configured = try #require(try store.station(F.wenshan2))
        #expect(configured.origin == .configuration && configured.city == "文山州")
    }
}
